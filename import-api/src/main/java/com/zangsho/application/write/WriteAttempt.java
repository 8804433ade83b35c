package com.zangsho.application.write;

import com.zangsho.application.webhook.Outbox;
import com.zangsho.domain.activity.ActivityLogEntry;
import com.zangsho.domain.activity.ActivityLogRepository;
import com.zangsho.domain.idempotency.IdempotencyRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * One attempt at a write, in one transaction: the work (which the services join), its activity log
 * entry and the completion of its idempotency key commit together or not at all.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WriteAttempt {
  @Inject ActivityLogRepository activity;
  @Inject IdempotencyRepository keys;
  @Inject Outbox outbox;
  @Resource SessionContext context;

  /**
   * @return the work's result, and whether it was written: a dry run marks the transaction for
   *     rollback, and then neither an entry nor the key's answer is kept
   */
  public Attempted run(WriteRequest request, Supplier<WriteResult> work) {
    WriteResult result = work.get();
    if (context.getRollbackOnly()) {
      return new Attempted(result, false);
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
    if (request.idempotencyKey() != null) {
      keys.findForUpdate(request.caller().tenantId(), request.idempotencyKey())
          .ifPresent(key -> key.complete(result.status(), result.location(), result.body()));
    }
    return new Attempted(result, true);
  }

  public record Attempted(WriteResult result, boolean written) {}
}
