package com.zangsho.application.write;

import com.zangsho.application.batch.LostRaces;
import com.zangsho.domain.ConcurrentWriteException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs every write request of the API (docs/api.md §4, §8, §10): in one transaction of its own
 * ({@link WriteAttempt}), with its idempotency key's claim and answer, its activity log entry and
 * its webhook outbox rows in that same transaction; again from scratch when it lost a race on a
 * unique key ({@link LostRaces}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WriteRequests {
  @Inject WriteAttempt attempt;

  /**
   * @param work the request's own work; it runs inside the attempt's transaction, so the services
   *     it calls join it, and may run more than once
   */
  public WriteAttempt.Attempted execute(WriteRequest request, Supplier<WriteResult> work) {
    try {
      return LostRaces.retry(request.action(), () -> attempt.run(request, work));
    } catch (ConcurrentWriteException e) {
      if (e.constraint().contains(IdempotencyClaims.KEY_CONSTRAINT)) {
        throw IdempotencyClaims.stillRunning();
      }
      throw e;
    }
  }
}
