package com.zangsho.application.write;

import com.zangsho.application.webhook.Outbox;
import com.zangsho.domain.activity.ActivityLogEntry;
import com.zangsho.domain.activity.ActivityLogRepository;
import com.zangsho.domain.idempotency.IdempotencyRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * What a write leaves beside its effect, in its transaction: the activity log entry, the webhook
 * outbox rows and its idempotency key's answer. They commit with the write or not at all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WriteJournal {
  @Inject ActivityLogRepository activity;
  @Inject Outbox outbox;

  /**
   * @param claimed the request's idempotency key, claimed for it ({@link IdempotencyClaims}), or
   *     null when it came without one
   */
  public void record(WriteRequest request, WriteResult result, IdempotencyRecord claimed) {
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
  }
}
