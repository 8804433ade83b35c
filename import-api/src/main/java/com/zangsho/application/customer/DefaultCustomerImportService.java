package com.zangsho.application.customer;

import com.zangsho.application.batch.LostRaces;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Runs a batch in its own transaction ({@link CustomerBatchWriter}), again when it lost a race
 * ({@link LostRaces}); outside any transaction itself, so that each attempt is a fresh one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultCustomerImportService implements CustomerImportService {
  @Inject CustomerBatchWriter writer;

  @Override
  public BatchResult importBatch(
      Caller caller, List<CustomerInput> items, ConflictStrategy onConflict, boolean dryRun) {
    return LostRaces.retry(
        "customers batch", () -> writer.write(caller.tenantId(), items, onConflict, dryRun));
  }
}
