package com.zangsho.domain.subscription;

import com.zangsho.domain.batch.BatchOutcomes;
import com.zangsho.domain.batch.BatchPlan;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.KnownCustomers;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, in memory, what a subscriptions batch does with each item (docs/api.md §8). The key is
 * the customer, named by id or e-mail, who must exist; a customer with a subscription already has
 * it skipped ({@code duplicate_subscription}) or updated. Rows get {@code source: import} and no
 * events: history comes from the events import.
 *
 * <p>Use: construct; load the customers of {@link #customerIds()} and {@link #customerEmailKeys()}
 * in one query, then their subscriptions in another; {@link #decide}; persist {@link
 * #newSubscriptions()} unless it is a dry run.
 */
public final class SubscriptionBatchPlan extends BatchPlan<SubscriptionInput, Subscription> {
  public static final String DUPLICATE_SUBSCRIPTION = "duplicate_subscription";

  private final List<Subscription> newSubscriptions = new ArrayList<>();

  public SubscriptionBatchPlan(
      long tenantId, List<SubscriptionInput> items, ConflictStrategy strategy) {
    super(
        tenantId,
        items,
        strategy,
        SubscriptionRules::validateGiven,
        SubscriptionRules::validateNew);
  }

  public Set<Long> customerIds() {
    Set<Long> ids = new LinkedHashSet<>();
    for (SubscriptionInput item : validItems()) {
      item.customerId().ifPresent(ids::add);
    }
    return ids;
  }

  /** The e-mail keys of the valid items that name their customer by e-mail only. */
  public Set<String> customerEmailKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (SubscriptionInput item : validItems()) {
      if (item.customerId().isEmpty()) {
        keys.add(Customer.emailKeyOf(item.customerEmail()));
      }
    }
    return keys;
  }

  /** Decides every item; call once. */
  public BatchOutcomes<Subscription> decide(
      KnownCustomers customers, Collection<Subscription> existing) {
    Map<Long, Subscription> byCustomerId = new HashMap<>();
    existing.forEach(s -> byCustomerId.put(s.getCustomer().getId(), s));
    return decideEach(
        SubscriptionInput::customerKey,
        (index, item, identifier, outcomes) -> {
          Optional<Customer> customer = customers.find(item.customerId(), item.customerEmail());
          if (customer.isEmpty()) {
            SubscriptionField key =
                item.customerId().isPresent()
                    ? SubscriptionField.CUSTOMER_ID
                    : SubscriptionField.CUSTOMER_EMAIL;
            outcomes.failed(
                index,
                BatchOutcomes.CUSTOMER_NOT_FOUND,
                Violation.of(key.wireName(), Rule.EXISTS),
                identifier);
            return;
          }
          Subscription match = byCustomerId.get(customer.get().getId());
          if (match == null) {
            if (failsAsNewRow(index, item, identifier, outcomes)) {
              return;
            }
            Subscription created = new Subscription(tenantId, item, customer.get(), Source.IMPORT);
            newSubscriptions.add(created);
            byCustomerId.put(customer.get().getId(), created);
            outcomes.created(index, created, identifier);
          } else if (strategy == ConflictStrategy.SKIP) {
            outcomes.skipped(index, DUPLICATE_SUBSCRIPTION, identifier);
          } else {
            match.applyNonEmpty(item);
            outcomes.updated(index, match, identifier);
          }
        });
  }

  public List<Subscription> newSubscriptions() {
    return List.copyOf(newSubscriptions);
  }
}
