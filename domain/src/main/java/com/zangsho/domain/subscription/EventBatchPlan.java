package com.zangsho.domain.subscription;

import com.zangsho.domain.batch.BatchOutcomes;
import com.zangsho.domain.batch.BatchPlan;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.KnownCustomers;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, in memory, what a subscription events batch does with each item (docs/api.md §8). Items
 * name their customer by e-mail, who must exist; the key is customer + {@code event_type} + {@code
 * occurred_at}: an existing one is skipped ({@code duplicate_event}) or has the given fields
 * replaced. A new event is linked to the customer's subscription when there is one.
 *
 * <p>Use: construct; load the customers of {@link #customerEmailKeys()}; then, by those customers'
 * ids, their events at {@link #occurredAts()} and their subscriptions; {@link #decide}; persist
 * {@link #newEvents()} unless it is a dry run.
 */
public final class EventBatchPlan extends BatchPlan<EventInput, SubscriptionEvent> {
  public static final String DUPLICATE_EVENT = "duplicate_event";

  private final List<SubscriptionEvent> newEvents = new ArrayList<>();

  public EventBatchPlan(long tenantId, List<EventInput> items, ConflictStrategy strategy) {
    super(tenantId, items, strategy, EventRules::validate);
  }

  public Set<String> customerEmailKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (EventInput item : validItems()) {
      keys.add(Customer.emailKeyOf(item.customerEmail()));
    }
    return keys;
  }

  public Set<Instant> occurredAts() {
    Set<Instant> times = new LinkedHashSet<>();
    for (EventInput item : validItems()) {
      times.add(item.occurredAt().orElseThrow());
    }
    return times;
  }

  /** Decides every item; call once. */
  public BatchOutcomes<SubscriptionEvent> decide(
      KnownCustomers customers,
      Collection<SubscriptionEvent> existing,
      Collection<Subscription> subscriptions) {
    Map<SubscriptionEvent.Key, SubscriptionEvent> byKey = new HashMap<>();
    existing.forEach(event -> byKey.put(event.key(), event));
    Map<Long, Subscription> subscriptionByCustomerId = new HashMap<>();
    subscriptions.forEach(s -> subscriptionByCustomerId.put(s.getCustomer().getId(), s));
    return decideEach(
        EventInput::customerEmail,
        (index, item, identifier, outcomes) -> {
          Optional<Customer> customer = customers.byEmail(item.customerEmail());
          if (customer.isEmpty()) {
            outcomes.failed(
                index,
                BatchOutcomes.CUSTOMER_NOT_FOUND,
                Violation.of(EventField.CUSTOMER_EMAIL.wireName(), Rule.EXISTS),
                identifier);
            return;
          }
          SubscriptionEvent.Key key =
              new SubscriptionEvent.Key(
                  customer.get().getId(),
                  item.eventType().orElseThrow(),
                  item.occurredAt().orElseThrow());
          SubscriptionEvent match = byKey.get(key);
          if (match == null) {
            SubscriptionEvent created =
                new SubscriptionEvent(
                    tenantId,
                    item,
                    customer.get(),
                    subscriptionByCustomerId.get(customer.get().getId()),
                    Source.IMPORT);
            newEvents.add(created);
            byKey.put(key, created);
            outcomes.created(index, created, identifier);
          } else if (strategy == ConflictStrategy.SKIP) {
            outcomes.skipped(index, DUPLICATE_EVENT, identifier);
          } else {
            match.applyNonEmpty(item);
            outcomes.updated(index, match, identifier);
          }
        });
  }

  public List<SubscriptionEvent> newEvents() {
    return List.copyOf(newEvents);
  }
}
