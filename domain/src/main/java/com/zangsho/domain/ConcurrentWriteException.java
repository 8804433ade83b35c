package com.zangsho.domain;

/**
 * Another transaction wrote the same unique key (or held the lock) first. Raised by repositories at
 * flush; services that can retry with fresh data do so, others report the key as taken.
 */
public class ConcurrentWriteException extends DomainException {
  private final String constraint;

  public ConcurrentWriteException(String constraint, Throwable cause) {
    super("concurrent write on " + constraint, cause);
    this.constraint = constraint;
  }

  /**
   * The unique constraint that was hit, lower case, or {@code "lock"} for a deadlock or lock wait.
   */
  public String constraint() {
    return constraint;
  }
}
