package com.zangsho.domain;

/**
 * Another transaction wrote the same unique key (or held the lock) first. Raised by repositories at
 * flush; services that can retry with fresh data do so, others report the key as taken.
 */
public class ConcurrentWriteException extends DomainException {
  private final WriteConflict conflict;

  public ConcurrentWriteException(WriteConflict conflict, Throwable cause) {
    super("concurrent write: " + conflict, cause);
    this.conflict = conflict;
  }

  public WriteConflict conflict() {
    return conflict;
  }
}
