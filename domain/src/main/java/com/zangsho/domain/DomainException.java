package com.zangsho.domain;

/**
 * A business failure the caller can act on. Declared an EJB application exception with rollback in
 * import-api's ejb-jar.xml, so it reaches the web layer unwrapped and never commits half a change.
 */
public abstract class DomainException extends RuntimeException {
  protected DomainException(String message) {
    super(message);
  }

  protected DomainException(String message, Throwable cause) {
    super(message, cause);
  }
}
