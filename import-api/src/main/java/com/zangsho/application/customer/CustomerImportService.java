package com.zangsho.application.customer;

import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.tenant.Caller;
import java.util.List;

/** The seed's {@code POST /v1/customers/batch}: up to 100 customers, each decided on its own. */
public interface CustomerImportService {
  /**
   * Creates, updates, skips or fails each item (api.md §8) and reports it by index. With {@code
   * dryRun} the report is the same but nothing is written.
   */
  BatchResult importBatch(
      Caller caller, List<CustomerInput> items, ConflictStrategy onConflict, boolean dryRun);
}
