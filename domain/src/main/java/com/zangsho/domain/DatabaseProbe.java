package com.zangsho.domain;

/** Asks the database whether it answers, for the readiness check. */
public interface DatabaseProbe {
  /**
   * @throws RuntimeException when it does not
   */
  void ping();
}
