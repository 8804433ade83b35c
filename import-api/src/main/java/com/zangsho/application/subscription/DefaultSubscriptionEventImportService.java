package com.zangsho.application.subscription;

import com.zangsho.application.batch.DryRunPolicy;
import com.zangsho.application.metrics.MrrLedger;
import com.zangsho.domain.batch.BatchOutcomes;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.customer.KnownCustomers;
import com.zangsho.domain.subscription.EventBatchPlan;
import com.zangsho.domain.subscription.EventInput;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.domain.subscription.SubscriptionEventRepository;
import com.zangsho.domain.subscription.SubscriptionRepository;
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A subscription events batch, in one transaction: one query for the customers named, one for their
 * events at the times named, one for their subscriptions, one JDBC batch of new events, the
 * updates.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultSubscriptionEventImportService implements SubscriptionEventImportService {
  @Inject SubscriptionEventRepository events;
  @Inject SubscriptionRepository subscriptions;
  @Inject CustomerRepository customers;
  @Inject MrrLedger ledger;
  @Inject DryRunPolicy dryRuns;

  @Override
  public BatchResult importBatch(
      Caller caller, List<EventInput> items, ConflictStrategy onConflict, boolean dryRun) {
    long tenantId = caller.tenantId();
    EventBatchPlan plan = new EventBatchPlan(tenantId, items, onConflict);
    List<Customer> named =
        customers.findByIdsOrEmailKeys(tenantId, List.of(), plan.customerEmailKeys());
    List<Long> customerIds = named.stream().map(Customer::getId).toList();
    ledger.lock(tenantId, customerIds);
    BatchOutcomes<SubscriptionEvent> outcomes =
        plan.decide(
            new KnownCustomers(tenantId, named),
            events.findByCustomersAndTimes(
                tenantId, customerIds, plan.occurredAts(), onConflict.rowLock()),
            subscriptions.findByCustomerIds(tenantId, customerIds));
    dryRuns.writeUnlessDryRun(
        dryRun,
        () -> {
          events.insertAll(plan.newEvents());
          ledger.refresh(tenantId, customerIds);
        });
    return outcomes.toResult(SubscriptionEvent::getId);
  }
}
