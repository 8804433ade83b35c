package com.zangsho.domain.order;

import com.zangsho.domain.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /v1/orders/stats}: counts and sums of a tenant's orders by status, by payment method
 * and by currency, with the paid revenue and the average paid order.
 *
 * <p>The top-level sums add amounts whatever their currency, as the original product (one currency
 * per merchant) does; a merchant selling in several currencies reads {@link #byCurrency()}, where
 * each currency has its own paid revenue and average.
 *
 * @param byStatus every status, in the contract's order, zero where there is no order
 * @param byPaymentMethod the payment methods that occur (null for orders without one)
 * @param byCurrency the currencies that occur, by code
 */
public record OrderStats(
    long orderCount,
    Money totalAmount,
    long paidOrderCount,
    Money paidRevenue,
    Money averagePaidOrder,
    List<Group<OrderStatus>> byStatus,
    List<Group<PaymentMethod>> byPaymentMethod,
    List<CurrencyGroup> byCurrency) {

  /** The orders sharing one status, payment method and currency: one row of the stats query. */
  public record Tally(
      OrderStatus status, PaymentMethod paymentMethod, String currency, long count, Money amount) {}

  public record Group<K>(K key, long count, Money amount) {}

  public record CurrencyGroup(
      String currency,
      long count,
      Money amount,
      long paidCount,
      Money paidRevenue,
      Money averagePaidOrder) {}

  /** Folds the rows of the stats query (one per status, payment method and currency). */
  public static OrderStats of(List<Tally> tallies) {
    Map<OrderStatus, Sum> byStatus = new EnumMap<>(OrderStatus.class);
    for (OrderStatus status : OrderStatus.values()) {
      byStatus.put(status, new Sum());
    }
    Map<PaymentMethod, Sum> byPaymentMethod = new LinkedHashMap<>();
    Map<String, Sum> byCurrency = new LinkedHashMap<>();
    Map<String, Sum> paidByCurrency = new LinkedHashMap<>();
    Sum all = new Sum();
    for (Tally tally : tallies) {
      all.add(tally);
      byStatus.get(tally.status()).add(tally);
      byPaymentMethod.computeIfAbsent(tally.paymentMethod(), k -> new Sum()).add(tally);
      byCurrency.computeIfAbsent(tally.currency(), k -> new Sum()).add(tally);
      Sum paid = paidByCurrency.computeIfAbsent(tally.currency(), k -> new Sum());
      if (tally.status() == OrderStatus.PAID) {
        paid.add(tally);
      }
    }
    Sum paid = byStatus.get(OrderStatus.PAID);
    return new OrderStats(
        all.count,
        all.amount,
        paid.count,
        paid.amount,
        Money.average(paid.amount, paid.count),
        groups(byStatus, Comparator.comparing(OrderStatus::ordinal)),
        groups(byPaymentMethod, Comparator.nullsLast(Comparator.comparing(PaymentMethod::ordinal))),
        currencyGroups(byCurrency, paidByCurrency));
  }

  private static <K> List<Group<K>> groups(Map<K, Sum> sums, Comparator<K> order) {
    List<K> keys = new ArrayList<>(sums.keySet());
    keys.sort(order);
    return keys.stream().map(k -> new Group<>(k, sums.get(k).count, sums.get(k).amount)).toList();
  }

  private static List<CurrencyGroup> currencyGroups(Map<String, Sum> sums, Map<String, Sum> paid) {
    return sums.keySet().stream()
        .sorted()
        .map(
            code -> {
              Sum all = sums.get(code);
              Sum paidSum = Objects.requireNonNull(paid.get(code));
              return new CurrencyGroup(
                  code,
                  all.count,
                  all.amount,
                  paidSum.count,
                  paidSum.amount,
                  Money.average(paidSum.amount, paidSum.count));
            })
        .toList();
  }

  private static final class Sum {
    long count;
    Money amount = Money.ZERO;

    void add(Tally tally) {
      count += tally.count();
      amount = amount.plus(tally.amount());
    }
  }
}
