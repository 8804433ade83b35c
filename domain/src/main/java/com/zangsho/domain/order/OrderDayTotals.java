package com.zangsho.domain.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one write changes in a tenant's order totals per business day, status, payment method and
 * currency: the rows {@code GET /v1/orders/stats} sums, so that a month of a large tenant is a few
 * hundred rows to read rather than a quarter of a million orders (docs/performance.md).
 *
 * <p>Use: {@link #remove} the orders a write may change as they are before it, {@link #add} them
 * and the new ones as they are after it (their business dates stamped, i.e. after the flush); what
 * an order kept cancels out, and {@link #changes()} is the rest.
 */
public final class OrderDayTotals {
  /** The day of an order's business date, in UTC as every date filter is. */
  private static LocalDate businessDay(Order order) {
    return LocalDate.ofInstant(order.getBusinessAt(), ZoneOffset.UTC);
  }

  /**
   * One totals row's change. {@code paymentMethod} is null for orders without one.
   *
   * @param count orders added to the row (negative when they left it)
   * @param amount their amounts' sum (negative when they left it)
   */
  public record Change(
      LocalDate day,
      OrderStatus status,
      PaymentMethod paymentMethod,
      String currency,
      long count,
      BigDecimal amount) {

    /**
     * The order every write takes the rows in: two writes that both change rows A and B lock A
     * first, so they wait for each other instead of deadlocking.
     */
    static final Comparator<Change> KEY_ORDER =
        Comparator.comparing(Change::day)
            .thenComparing(Change::status)
            .thenComparing(Change::paymentMethod, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Change::currency);

    private Change plus(Change other) {
      return new Change(
          day, status, paymentMethod, currency, count + other.count, amount.add(other.amount));
    }
  }

  private final Map<Change, Change> byKey = new TreeMap<>(Change.KEY_ORDER);

  public void remove(Collection<Order> orders) {
    orders.forEach(order -> merge(order, -1));
  }

  public void add(Collection<Order> orders) {
    orders.forEach(order -> merge(order, 1));
  }

  private void merge(Order order, int sign) {
    BigDecimal amount = order.getAmount().amount();
    Change change =
        new Change(
            businessDay(order),
            order.getStatus(),
            order.getPaymentMethod(),
            order.getCurrency(),
            sign,
            sign < 0 ? amount.negate() : amount);
    byKey.merge(change, change, Change::plus);
  }

  /** The rows that change, in {@link Change#KEY_ORDER}; none for a write that changed nothing. */
  public List<Change> changes() {
    return byKey.values().stream()
        .filter(change -> change.count() != 0 || change.amount().signum() != 0)
        .toList();
  }
}
