package com.zangsho.application.customer;

import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerBatchPlan;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.customer.CustomerRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * One attempt at a customers batch, in one transaction and a fixed number of statements: one query
 * for the existing keys, one JDBC batch of inserts, the updates; every decision made in memory.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CustomerBatchWriter {
  @Inject CustomerRepository customers;
  @Resource SessionContext context;

  public BatchResult write(
      long tenantId, List<CustomerInput> items, ConflictStrategy onConflict, boolean dryRun) {
    CustomerBatchPlan plan = new CustomerBatchPlan(tenantId, items, onConflict);
    List<Customer> existing =
        customers.findByEmailKeysOrExternalIds(tenantId, plan.emailKeys(), plan.externalIds());
    var outcomes = plan.decide(existing);
    if (dryRun) {
      // The plan changed loaded rows in memory; rolling back guarantees none of it is written.
      context.setRollbackOnly();
    } else {
      customers.addAll(plan.newCustomers());
      customers.flush();
    }
    return outcomes.toResult(Customer::getId);
  }
}
