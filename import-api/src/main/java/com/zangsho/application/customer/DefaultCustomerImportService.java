package com.zangsho.application.customer;

import com.zangsho.domain.ConcurrentWriteException;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Runs a batch in its own transaction ({@link CustomerBatchWriter}) and, when a concurrent batch
 * took one of its keys first, runs it again from scratch: the second attempt sees the other batch's
 * rows, so a lost race becomes a skip or an update instead of an error or a duplicate.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultCustomerImportService implements CustomerImportService {
  private static final Logger LOG = Logger.getLogger(DefaultCustomerImportService.class.getName());
  static final int MAX_ATTEMPTS = 4;

  @Inject CustomerBatchWriter writer;

  @Override
  public BatchResult importBatch(
      Caller caller, List<CustomerInput> items, ConflictStrategy onConflict, boolean dryRun) {
    for (int attempt = 1; ; attempt++) {
      try {
        return writer.write(caller.tenantId(), items, onConflict, dryRun);
      } catch (ConcurrentWriteException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
        LOG.fine(() -> "customers batch lost a race on " + e.constraint() + "; retrying");
      }
    }
  }
}
