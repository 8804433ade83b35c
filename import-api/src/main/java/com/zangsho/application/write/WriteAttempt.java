package com.zangsho.application.write;

import com.zangsho.application.webhook.Outbox;
import com.zangsho.domain.activity.ActivityLogEntry;
import com.zangsho.domain.activity.ActivityLogRepository;
import com.zangsho.domain.idempotency.IdempotencyRecord;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * One attempt at a write, in one transaction and one commit: the claim of its idempotency key, the
 * work (which the services join), its activity log entry, its webhook outbox rows and the key's
 * answer commit together or not at all.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WriteAttempt {
  @Inject ActivityLogRepository activity;
  @Inject IdempotencyClaims claims;
  @Inject Outbox outbox;
  @Resource SessionContext context;

  /**
   * @return the work's result and whether it was written (a dry run marks the transaction for
   *     rollback, and then nothing is kept, the key's claim neither); or, when the key's write
   *     committed meanwhile, that write's answer, replayed, and the work does not run
   */
  public Attempted run(WriteRequest request, Supplier<WriteResult> work) {
    IdempotencyRecord claimed = null;
    if (request.idempotencyKey() != null) {
      IdempotencyClaims.Claim claim =
          claims.claim(request.idempotencyKey(), request.caller().tenantId());
      if (claim.isReplay()) {
        return new Attempted(claim.stored(), false, true);
      }
      claimed = claim.claimed();
    }
    WriteResult result = work.get();
    if (context.getRollbackOnly()) {
      return new Attempted(result, false, false);
    }
    activity.add(
        new ActivityLogEntry(
            request.caller().tenantId(),
            request.action(),
            request.caller().tokenId(),
            request.caller().tokenName(),
            request.subjectType(),
            result.subjectId(),
            result.summary(),
            request.ip()));
    outbox.publish(request.caller().tenantId(), result.events());
    if (claimed != null) {
      claimed.complete(result.status(), result.location(), result.body());
    }
    return new Attempted(result, true, false);
  }

  /**
   * @param written whether it committed
   * @param replayed whether {@code result} is the answer an earlier request with the same key got
   */
  public record Attempted(WriteResult result, boolean written, boolean replayed) {}
}
