package com.zangsho.application.subscription;

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
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * One attempt at a subscription events batch, in one transaction: one query for the customers
 * named, one for their events at the times named, one for their subscriptions, one JDBC batch of
 * new events, the updates.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EventBatchWriter {
  @Inject SubscriptionEventRepository events;
  @Inject SubscriptionRepository subscriptions;
  @Inject CustomerRepository customers;
  @Resource SessionContext context;

  public BatchResult write(
      long tenantId, List<EventInput> items, ConflictStrategy onConflict, boolean dryRun) {
    EventBatchPlan plan = new EventBatchPlan(tenantId, items, onConflict);
    List<Customer> named =
        customers.findByIdsOrEmailKeys(tenantId, List.of(), plan.customerEmailKeys());
    List<Long> customerIds = named.stream().map(Customer::getId).toList();
    BatchOutcomes<SubscriptionEvent> outcomes =
        plan.decide(
            new KnownCustomers(tenantId, named),
            events.findByCustomersAndTimes(tenantId, customerIds, plan.occurredAts()),
            subscriptions.findByCustomerIds(tenantId, customerIds));
    if (dryRun) {
      // The plan changed loaded rows in memory; rolling back guarantees none of it is written.
      context.setRollbackOnly();
    } else {
      events.addAll(plan.newEvents());
      events.flush();
    }
    return outcomes.toResult(SubscriptionEvent::getId);
  }
}
