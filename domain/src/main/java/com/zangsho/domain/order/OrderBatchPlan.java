package com.zangsho.domain.order;

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
 * Decides, in memory, what an orders batch does with each item (docs/api.md §8), given the existing
 * orders that share an {@code order_no} with the batch and the customers its items name. Items are
 * taken in order: of two items with one {@code order_no} the first creates and the later one is
 * skipped or applied after it; an item naming an unknown e-mail creates that customer, and later
 * items naming it find the same one. An item that updates needs only its {@code order_no} and the
 * fields it changes ({@code {"order_no": "ORD-1", "status": "refunded"}}); one that names a
 * customer moves the order to it.
 *
 * <p>Use: construct with the items; load the orders of {@link #orderNos()} and the customers of
 * {@link #customerIds()} and {@link #customerEmailKeys()} (one query each); {@link #decide}; then,
 * unless it is a dry run, persist the customers {@link KnownCustomers#created()} and {@link
 * #newOrders()}, in that order.
 */
public final class OrderBatchPlan extends BatchPlan<OrderInput, Order> {
  public static final String DUPLICATE_ORDER_NO = "duplicate_order_no";

  private final List<Order> newOrders = new ArrayList<>();

  public OrderBatchPlan(long tenantId, List<OrderInput> items, ConflictStrategy strategy) {
    super(tenantId, items, strategy, OrderRules::validateGiven, OrderRules::validate);
  }

  public Set<String> orderNos() {
    Set<String> orderNos = new LinkedHashSet<>();
    for (OrderInput item : validItems()) {
      orderNos.add(item.orderNo());
    }
    return orderNos;
  }

  /** The customer ids the valid items name. */
  public Set<Long> customerIds() {
    Set<Long> ids = new LinkedHashSet<>();
    for (OrderInput item : validItems()) {
      item.customerId().ifPresent(ids::add);
    }
    return ids;
  }

  /** The e-mail keys of the valid items that name their customer by e-mail only. */
  public Set<String> customerEmailKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (OrderInput item : validItems()) {
      if (item.customerId().isEmpty() && item.customerEmail() != null) {
        keys.add(Customer.emailKeyOf(item.customerEmail()));
      }
    }
    return keys;
  }

  /** Decides every item; call once. */
  public BatchOutcomes<Order> decide(Collection<Order> existing, KnownCustomers customers) {
    Map<String, Order> byOrderNo = new HashMap<>();
    existing.forEach(order -> byOrderNo.put(order.getOrderNo(), order));
    return decideEach(
        OrderInput::orderNo,
        (index, item, identifier, outcomes) -> {
          Order match = byOrderNo.get(item.orderNo());
          if (match != null && strategy == ConflictStrategy.SKIP) {
            outcomes.skipped(index, DUPLICATE_ORDER_NO, identifier);
            return;
          }
          if (match == null && failsAsNewRow(index, item, identifier, outcomes)) {
            return;
          }
          // An update that names no customer keeps the order's own.
          Optional<Customer> customer =
              item.namesCustomer()
                  ? customers.resolve(item.customerId(), item.customerEmail(), item.customerName())
                  : Optional.of(match.getCustomer());
          if (customer.isEmpty()) {
            outcomes.failed(
                index,
                BatchOutcomes.CUSTOMER_NOT_FOUND,
                Violation.of(OrderField.CUSTOMER_ID.wireName(), Rule.EXISTS),
                identifier);
          } else if (match == null) {
            Order created = new Order(tenantId, item, customer.get(), Source.IMPORT);
            newOrders.add(created);
            byOrderNo.put(created.getOrderNo(), created);
            outcomes.created(index, created, identifier);
          } else {
            match.applyNonEmpty(item, customer.get());
            outcomes.updated(index, match, identifier);
          }
        });
  }

  public List<Order> newOrders() {
    return List.copyOf(newOrders);
  }
}
