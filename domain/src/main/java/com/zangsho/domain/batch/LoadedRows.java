package com.zangsho.domain.batch;

/**
 * The rows a transaction has loaded so far. A dry run decides its batch on them as a real one
 * would, changing some in memory, and then lets the changes go instead of writing them.
 */
public interface LoadedRows {
  /** Forgets every row loaded and every change made to one: none of it will be written. */
  void discardChanges();
}
