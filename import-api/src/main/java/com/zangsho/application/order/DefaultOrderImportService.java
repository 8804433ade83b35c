package com.zangsho.application.order;

import com.zangsho.application.batch.LostRaces;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.order.OrderInput;
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Runs a batch in its own transaction ({@link OrderBatchWriter}), again when it lost a race ({@link
 * LostRaces}) on an {@code order_no} or on the e-mail of a customer it creates.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultOrderImportService implements OrderImportService {
  @Inject OrderBatchWriter writer;

  @Override
  public BatchResult importBatch(
      Caller caller, List<OrderInput> items, ConflictStrategy onConflict, boolean dryRun) {
    return LostRaces.retry(
        "orders batch", () -> writer.write(caller.tenantId(), items, onConflict, dryRun));
  }
}
