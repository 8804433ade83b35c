package com.zangsho.domain.operations;

import java.time.Duration;

/**
 * Work that one server at a time may do among all the servers sharing the database, such as the
 * start-up work (docs/cluster.md): two servers started together on an empty database migrate it,
 * make the first tenant and work out MRR movements once, the second finding it done.
 */
public interface ExclusiveWork {
  /**
   * Runs {@code work} holding the database's lock named {@code name}; a server asking for the same
   * lock meanwhile waits. The lock belongs to the holder's database session, so a holder that dies
   * frees it.
   *
   * @throws IllegalStateException when the lock was not had within {@code wait}
   */
  void run(String name, Duration wait, Runnable work);
}
