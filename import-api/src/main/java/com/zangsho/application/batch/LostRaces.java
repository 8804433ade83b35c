package com.zangsho.application.batch;

import com.zangsho.domain.ConcurrentWriteException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a write attempt (one transaction of its own) again from scratch when a concurrent write took
 * one of its keys first: the next attempt sees the other write's rows, so for a batch a lost race
 * becomes a skip or an update instead of an error or a duplicate (docs/api.md §8, concurrency).
 */
public final class LostRaces {
  static final int MAX_ATTEMPTS = 4;
  private static final Logger LOG = Logger.getLogger(LostRaces.class.getName());

  private LostRaces() {}

  /**
   * @param what names the write in the log, e.g. {@code "customers.batch_import"}
   * @throws ConcurrentWriteException when every attempt lost (a 409 the client may retry)
   */
  public static <T> T retry(String what, Supplier<T> attempt) {
    for (int attempts = 1; ; attempts++) {
      try {
        return attempt.get();
      } catch (ConcurrentWriteException e) {
        if (attempts == MAX_ATTEMPTS) {
          throw e;
        }
        LOG.fine(() -> what + " lost a race on " + e.conflict() + "; retrying");
      }
    }
  }
}
