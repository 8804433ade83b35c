package com.zangsho.domain.customer;

import com.zangsho.domain.batch.BatchOutcomes;
import com.zangsho.domain.batch.BatchPlan;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, in memory, what a customers batch does with each item (docs/api.md §8), given the
 * existing customers that share a key with the batch. Items are taken in order, so of two items
 * with one e-mail the first creates and the later one is skipped or applied after it.
 *
 * <p>Use: construct with the items, load {@link #emailKeys()} and {@link #externalIds()} in one
 * query, then {@link #decide}. New customers and changes to existing ones are made on the entities
 * themselves; the caller persists {@link #newCustomers()} unless it is a dry run.
 */
public final class CustomerBatchPlan extends BatchPlan<CustomerInput, Customer> {
  public static final String DUPLICATE_EMAIL = "duplicate_email";

  private final List<Customer> newCustomers = new ArrayList<>();

  public CustomerBatchPlan(long tenantId, List<CustomerInput> items, ConflictStrategy strategy) {
    super(tenantId, items, strategy, CustomerRules::validateNew);
  }

  /** The e-mail keys of the valid items: what to look up before deciding. */
  public Set<String> emailKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (CustomerInput item : validItems()) {
      keys.add(Customer.emailKeyOf(item.email()));
    }
    return keys;
  }

  /** The external ids the valid items give: they must not belong to another customer. */
  public Set<String> externalIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (CustomerInput item : validItems()) {
      if (item.externalId() != null) {
        ids.add(item.externalId());
      }
    }
    return ids;
  }

  /** Decides every item against {@code existing}; call once. */
  public BatchOutcomes<Customer> decide(Collection<Customer> existing) {
    Map<String, Customer> byEmailKey = new HashMap<>();
    Map<String, Customer> byExternalId = new HashMap<>();
    for (Customer customer : existing) {
      byEmailKey.put(customer.getEmailKey(), customer);
      if (customer.getExternalId() != null) {
        byExternalId.put(customer.getExternalId(), customer);
      }
    }
    return decideEach(
        CustomerInput::email,
        (index, item, identifier, outcomes) -> {
          Customer match = byEmailKey.get(Customer.emailKeyOf(item.email()));
          if (match != null && strategy == ConflictStrategy.SKIP) {
            outcomes.skipped(index, DUPLICATE_EMAIL, identifier);
            return;
          }
          Customer owner = item.externalId() == null ? null : byExternalId.get(item.externalId());
          if (owner != null && owner != match) {
            outcomes.failed(
                index,
                BatchOutcomes.VALIDATION_ERROR,
                Violation.of(CustomerField.EXTERNAL_ID.wireName(), Rule.TAKEN),
                identifier);
            return;
          }
          if (match == null) {
            Customer created = new Customer(tenantId, item);
            newCustomers.add(created);
            byEmailKey.put(created.getEmailKey(), created);
            outcomes.created(index, created, identifier);
          } else {
            String previousExternalId = match.getExternalId();
            match.applyNonEmpty(item);
            if (previousExternalId != null && !previousExternalId.equals(match.getExternalId())) {
              byExternalId.remove(previousExternalId);
            }
            outcomes.updated(index, match, identifier);
          }
          if (item.externalId() != null) {
            byExternalId.put(item.externalId(), byEmailKey.get(Customer.emailKeyOf(item.email())));
          }
        });
  }

  public List<Customer> newCustomers() {
    return List.copyOf(newCustomers);
  }
}
