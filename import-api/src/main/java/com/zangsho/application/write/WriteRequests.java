package com.zangsho.application.write;

import com.zangsho.application.batch.LostRaces;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs every write request of the API (docs/api.md §4, §8, §10): in a transaction of its own
 * ({@link WriteAttempt}), again from scratch when it lost a race on a unique key ({@link
 * LostRaces}), with its activity log entry and its idempotency key's answer written in that same
 * transaction. A key claimed for a write that failed or wrote nothing is released.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WriteRequests {
  @Inject WriteAttempt attempt;
  @Inject IdempotencyClaims claims;

  /**
   * @param work the request's own work; it runs inside the attempt's transaction, so the services
   *     it calls join it, and may run more than once
   */
  public WriteResult execute(WriteRequest request, Supplier<WriteResult> work) {
    WriteAttempt.Attempted attempted;
    try {
      attempted = LostRaces.retry(request.action(), () -> attempt.run(request, work));
    } catch (RuntimeException e) {
      release(request);
      throw e;
    }
    if (!attempted.written()) {
      release(request);
    }
    return attempted.result();
  }

  private void release(WriteRequest request) {
    if (request.idempotencyKey() != null) {
      claims.release(request.caller().tenantId(), request.idempotencyKey());
    }
  }
}
