package com.zangsho.application.subscription;

import com.zangsho.application.metrics.MrrLedger;
import com.zangsho.domain.ConcurrentWriteException;
import com.zangsho.domain.ConflictException;
import com.zangsho.domain.WriteConflict;
import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.subscription.EventField;
import com.zangsho.domain.subscription.EventFilter;
import com.zangsho.domain.subscription.EventInput;
import com.zangsho.domain.subscription.EventRules;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.domain.subscription.SubscriptionEventRepository;
import com.zangsho.domain.subscription.SubscriptionRepository;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

@Stateless
public class DefaultSubscriptionEventService implements SubscriptionEventService {
  static final String DUPLICATE_EVENT = "duplicate_event";

  @Inject SubscriptionEventRepository events;
  @Inject MrrLedger ledger;
  @Inject SubscriptionRepository subscriptions;
  @Inject CustomerRepository customers;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public SubscriptionEvent create(Caller caller, EventInput input) {
    List<Violation> violations = EventRules.validate(input);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    long tenantId = caller.tenantId();
    Customer customer =
        customers
            .findByEmail(tenantId, input.customerEmail())
            .orElseThrow(
                () ->
                    new ValidationException(
                        Violation.of(EventField.CUSTOMER_EMAIL.wireName(), Rule.EXISTS)));
    SubscriptionEvent event =
        new SubscriptionEvent(
            tenantId,
            input,
            customer,
            subscriptions.findByCustomerIds(tenantId, List.of(customer.getId())).stream()
                .findFirst()
                .orElse(null),
            Source.API);
    ledger.lock(tenantId, List.of(customer.getId()));
    if (events.exists(tenantId, event.key())) {
      throw new ConflictException(DUPLICATE_EVENT);
    }
    events.add(event);
    try {
      events.flush();
    } catch (ConcurrentWriteException e) {
      if (e.conflict() == WriteConflict.SUBSCRIPTION_EVENT_KEY) {
        throw new ConflictException(DUPLICATE_EVENT);
      }
      throw e;
    }
    ledger.refresh(tenantId, List.of(customer.getId()));
    return event;
  }

  @Override
  public Page<SubscriptionEvent> list(Caller caller, EventFilter filter, PageRequest page) {
    return events.search(caller.tenantId(), filter, page);
  }
}
