package com.zangsho.application.subscription;

import com.zangsho.application.batch.LostRaces;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.subscription.EventInput;
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Runs a batch in its own transaction ({@link EventBatchWriter}), again when a concurrent batch
 * recorded one of its events first ({@link LostRaces}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultSubscriptionEventImportService implements SubscriptionEventImportService {
  @Inject EventBatchWriter writer;

  @Override
  public BatchResult importBatch(
      Caller caller, List<EventInput> items, ConflictStrategy onConflict, boolean dryRun) {
    return LostRaces.retry(
        "subscription events batch",
        () -> writer.write(caller.tenantId(), items, onConflict, dryRun));
  }
}
