package com.zangsho.domain;

/**
 * Whether rows a transaction reads are locked against other writers until it ends. A transaction
 * that reads rows to change them locks them: otherwise a writer between its read and its write
 * would have its change written back over (the whole row is written).
 */
public enum RowLock {
  NONE,
  /** Read the rows {@code FOR UPDATE}. */
  FOR_CHANGE
}
