package com.zangsho.application.subscription;

import com.zangsho.application.batch.DryRunPolicy;
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
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A subscriptions batch, in one transaction: one query for the customers named, one for their
 * subscriptions, one JDBC batch of new subscriptions, the updates.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultSubscriptionImportService implements SubscriptionImportService {
  @Inject SubscriptionRepository subscriptions;
  @Inject CustomerRepository customers;
  @Inject DryRunPolicy dryRuns;

  @Override
  public BatchResult importBatch(
      Caller caller, List<SubscriptionInput> items, ConflictStrategy onConflict, boolean dryRun) {
    long tenantId = caller.tenantId();
    SubscriptionBatchPlan plan = new SubscriptionBatchPlan(tenantId, items, onConflict);
    List<Customer> named =
        customers.findByIdsOrEmailKeys(tenantId, plan.customerIds(), plan.customerEmailKeys());
    BatchOutcomes<Subscription> outcomes =
        plan.decide(
            new KnownCustomers(tenantId, named),
            subscriptions.findByCustomerIds(
                tenantId, named.stream().map(Customer::getId).toList(), onConflict.rowLock()));
    dryRuns.writeUnlessDryRun(dryRun, () -> subscriptions.insertAll(plan.newSubscriptions()));
    return outcomes.toResult(Subscription::getId);
  }
}
