package com.zangsho.application.subscription;

import com.zangsho.application.batch.LostRaces;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.subscription.SubscriptionInput;
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Runs a batch in its own transaction ({@link SubscriptionBatchWriter}), again when a concurrent
 * batch gave one of its customers a subscription first ({@link LostRaces}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultSubscriptionImportService implements SubscriptionImportService {
  @Inject SubscriptionBatchWriter writer;

  @Override
  public BatchResult importBatch(
      Caller caller, List<SubscriptionInput> items, ConflictStrategy onConflict, boolean dryRun) {
    return LostRaces.retry(
        "subscriptions batch", () -> writer.write(caller.tenantId(), items, onConflict, dryRun));
  }
}
