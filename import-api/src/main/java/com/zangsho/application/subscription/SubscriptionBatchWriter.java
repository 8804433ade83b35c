package com.zangsho.application.subscription;

import com.zangsho.domain.batch.BatchOutcomes;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.customer.KnownCustomers;
import com.zangsho.domain.subscription.Subscription;
import com.zangsho.domain.subscription.SubscriptionBatchPlan;
import com.zangsho.domain.subscription.SubscriptionInput;
import com.zangsho.domain.subscription.SubscriptionRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * One attempt at a subscriptions batch, in one transaction: one query for the customers named, one
 * for their subscriptions, one JDBC batch of new subscriptions, the updates.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SubscriptionBatchWriter {
  @Inject SubscriptionRepository subscriptions;
  @Inject CustomerRepository customers;
  @Resource SessionContext context;

  public BatchResult write(
      long tenantId, List<SubscriptionInput> items, ConflictStrategy onConflict, boolean dryRun) {
    SubscriptionBatchPlan plan = new SubscriptionBatchPlan(tenantId, items, onConflict);
    List<Customer> named =
        customers.findByIdsOrEmailKeys(tenantId, plan.customerIds(), plan.customerEmailKeys());
    BatchOutcomes<Subscription> outcomes =
        plan.decide(
            new KnownCustomers(tenantId, named),
            subscriptions.findByCustomerIds(
                tenantId, named.stream().map(Customer::getId).toList()));
    if (dryRun) {
      // The plan changed loaded rows in memory; rolling back guarantees none of it is written.
      context.setRollbackOnly();
    } else {
      subscriptions.addAll(plan.newSubscriptions());
      subscriptions.flush();
    }
    return outcomes.toResult(Subscription::getId);
  }
}
