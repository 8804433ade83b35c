package com.zangsho.application.write;

import com.zangsho.application.batch.LostRaces;
import com.zangsho.domain.ConcurrentWriteException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Commits every write request of the API (docs/api.md §4, §8, §10) in one transaction of its own
 * ({@link WriteAttempt}): its idempotency key's claim, its work, its activity log entry, its
 * webhook outbox rows and the key's answer commit together or not at all. A write that lost a race
 * on a unique key runs again from scratch ({@link LostRaces}), with the input it was given.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WriteTransactions {
  @Inject WriteAttempt attempt;

  /**
   * @param work the request's work, read and checked by the caller beforehand: calls of services,
   *     which join the transaction; it may run more than once
   * @param answer the response to what the work returned, rendered once per attempt inside the
   *     transaction, because the idempotency key keeps it with the write's effect
   */
  public <R> WriteAttempt.Attempted commit(
      WriteRequest request, Supplier<R> work, Function<R, WriteResult> answer) {
    try {
      return LostRaces.retry(
          request.action(), () -> attempt.run(request, () -> answer.apply(work.get())));
    } catch (ConcurrentWriteException e) {
      if (e.constraint().contains(IdempotencyClaims.KEY_CONSTRAINT)) {
        throw IdempotencyClaims.stillRunning();
      }
      throw e;
    }
  }
}
