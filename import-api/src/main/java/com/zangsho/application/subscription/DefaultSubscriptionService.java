package com.zangsho.application.subscription;

import com.zangsho.application.metrics.MrrLedger;
import com.zangsho.domain.ConcurrentWriteException;
import com.zangsho.domain.ConflictException;
import com.zangsho.domain.WriteConflict;
import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.customer.KnownCustomers;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.subscription.CancelInput;
import com.zangsho.domain.subscription.EventType;
import com.zangsho.domain.subscription.Subscription;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.domain.subscription.SubscriptionField;
import com.zangsho.domain.subscription.SubscriptionFilter;
import com.zangsho.domain.subscription.SubscriptionInput;
import com.zangsho.domain.subscription.SubscriptionNotFoundException;
import com.zangsho.domain.subscription.SubscriptionRepository;
import com.zangsho.domain.subscription.SubscriptionRules;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Stateless
public class DefaultSubscriptionService implements SubscriptionService {
  static final String CUSTOMER_HAS_SUBSCRIPTION = "customer_has_subscription";

  @Inject SubscriptionRepository subscriptions;
  @Inject CustomerRepository customers;
  @Inject SubscriptionHistory history;
  @Inject MrrLedger ledger;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public SubscriptionWrite create(Caller caller, SubscriptionInput input) {
    requireValid(SubscriptionRules.validateNew(input));
    long tenantId = caller.tenantId();
    Customer customer = customerOf(tenantId, input);
    ledger.lock(tenantId, List.of(customer.getId()));
    if (!subscriptions.findByCustomerIds(tenantId, List.of(customer.getId())).isEmpty()) {
      throw new ConflictException(CUSTOMER_HAS_SUBSCRIPTION);
    }
    Subscription subscription = new Subscription(tenantId, input, customer, Source.API);
    subscriptions.add(subscription);
    try {
      subscriptions.flush();
    } catch (ConcurrentWriteException e) {
      // Another request gave this customer a subscription since the check above.
      if (e.conflict() == WriteConflict.SUBSCRIPTION_OF_CUSTOMER) {
        throw new ConflictException(CUSTOMER_HAS_SUBSCRIPTION);
      }
      throw e;
    }
    Optional<SubscriptionEvent> created = history.record(subscription.createdEvent());
    subscriptions.flush();
    ledger.refresh(tenantId, List.of(customer.getId()));
    return SubscriptionWrite.of(subscription, created);
  }

  /** The existing customer the input names, by id or else by e-mail. */
  private Customer customerOf(long tenantId, SubscriptionInput input) {
    Set<Long> ids = input.customerId().map(Set::of).orElse(Set.of());
    Set<String> emailKeys =
        ids.isEmpty() ? Set.of(Customer.emailKeyOf(input.customerEmail())) : Set.of();
    SubscriptionField key =
        ids.isEmpty() ? SubscriptionField.CUSTOMER_EMAIL : SubscriptionField.CUSTOMER_ID;
    return new KnownCustomers(tenantId, customers.findByIdsOrEmailKeys(tenantId, ids, emailKeys))
        .find(input.customerId(), input.customerEmail())
        .orElseThrow(() -> new ValidationException(Violation.of(key.wireName(), Rule.EXISTS)));
  }

  @Override
  public Subscription get(Caller caller, long id) {
    return subscriptions
        .findById(caller.tenantId(), id)
        .orElseThrow(() -> new SubscriptionNotFoundException(id));
  }

  /**
   * The subscription, locked for a change, after its customer's turn to change its history is
   * taken: in that order, as every write of events takes them.
   */
  private Subscription getForChange(Caller caller, long id) {
    long customerId =
        subscriptions
            .customerIdOf(caller.tenantId(), id)
            .orElseThrow(() -> new SubscriptionNotFoundException(id));
    ledger.lock(caller.tenantId(), List.of(customerId));
    return subscriptions
        .findByIdForChange(caller.tenantId(), id)
        .orElseThrow(() -> new SubscriptionNotFoundException(id));
  }

  /** The write's answer, once the customer's MRR movements follow what it recorded. */
  private SubscriptionWrite written(
      Caller caller, Subscription subscription, Optional<SubscriptionEvent> recorded) {
    subscriptions.flush();
    ledger.refresh(caller.tenantId(), List.of(subscription.getCustomer().getId()));
    return SubscriptionWrite.of(subscription, recorded);
  }

  @Override
  public Page<Subscription> list(Caller caller, SubscriptionFilter filter, PageRequest page) {
    return subscriptions.search(caller.tenantId(), filter, page);
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public SubscriptionWrite update(Caller caller, long id, SubscriptionInput input) {
    Subscription subscription = getForChange(caller, id);
    requireValid(SubscriptionRules.validateChange(input));
    Optional<SubscriptionEvent> recorded =
        subscription.change(input, Instants.now()).map(history::recordNow);
    return written(caller, subscription, recorded);
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public SubscriptionWrite cancel(Caller caller, long id, CancelInput input) {
    Subscription subscription = getForChange(caller, id);
    requireValid(input.validate());
    // A time the client gave may name an event the history has already (imported): then it is not
    // recorded twice. A cancellation dated now always is.
    Instant cancelledAt =
        input
            .instant(CancelInput.Field.CANCELLED_AT)
            .orElseGet(
                () ->
                    history.now(
                        caller.tenantId(), subscription.getCustomer().getId(), EventType.CANCEL));
    Optional<SubscriptionEvent> recorded =
        history.record(subscription.cancel(cancelledAt, input.reason()));
    return written(caller, subscription, recorded);
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public SubscriptionWrite reactivate(Caller caller, long id) {
    Subscription subscription = getForChange(caller, id);
    Optional<SubscriptionEvent> recorded =
        Optional.of(history.recordNow(subscription.reactivate(Instants.now())));
    return written(caller, subscription, recorded);
  }

  private static void requireValid(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }
}
