package com.zangsho.application.write;

import jakarta.ejb.ApplicationException;

/**
 * Carries a failure of the caller's work that is not the domain's (e.g. a malformed body the web
 * layer refused) through the EJB boundary unchanged, rolling the write back; {@link #getCause()} is
 * the original.
 */
@ApplicationException(rollback = true)
public class WorkFailedException extends RuntimeException {
  public WorkFailedException(Throwable cause) {
    super(cause);
  }
}
