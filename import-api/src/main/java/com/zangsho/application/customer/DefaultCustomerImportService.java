package com.zangsho.application.customer;

import com.zangsho.application.batch.DryRunPolicy;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerBatchPlan;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A customers batch, in one transaction and a fixed number of statements: one query for the
 * existing keys, one JDBC batch of inserts, the updates; every decision made in memory.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultCustomerImportService implements CustomerImportService {
  @Inject CustomerRepository customers;
  @Inject DryRunPolicy dryRuns;

  @Override
  public BatchResult importBatch(
      Caller caller, List<CustomerInput> items, ConflictStrategy onConflict, boolean dryRun) {
    long tenantId = caller.tenantId();
    CustomerBatchPlan plan = new CustomerBatchPlan(tenantId, items, onConflict);
    List<Customer> existing =
        customers.findByEmailKeysOrExternalIds(
            tenantId, plan.emailKeys(), plan.externalIds(), onConflict.rowLock());
    var outcomes = plan.decide(existing);
    dryRuns.writeUnlessDryRun(dryRun, () -> customers.insertAll(plan.newCustomers()));
    return outcomes.toResult(Customer::getId);
  }
}
