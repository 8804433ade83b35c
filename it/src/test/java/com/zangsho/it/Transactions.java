package com.zangsho.it;

import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;

/**
 * For tests that run inside the server and call application services directly: the services that
 * write join a transaction ({@code MANDATORY}), and in the application that transaction is begun by
 * an entry point's boundary; here the test is the entry point.
 */
final class Transactions {
  private Transactions() {}

  /**
   * Runs {@code work} in a transaction of its own and commits it; what the work throws (a lost
   * race, say) rolls it back and is thrown as it is.
   */
  static <T> T committed(UserTransaction transaction, Supplier<T> work) {
    try {
      transaction.begin();
    } catch (Exception e) {
      throw new IllegalStateException("no transaction to begin", e);
    }
    T result;
    try {
      result = work.get();
    } catch (RuntimeException e) {
      try {
        transaction.rollback();
      } catch (Exception rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
    try {
      transaction.commit();
    } catch (Exception e) {
      throw new IllegalStateException("commit failed", e);
    }
    return result;
  }
}
