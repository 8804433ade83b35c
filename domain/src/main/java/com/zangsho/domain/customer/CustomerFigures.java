package com.zangsho.domain.customer;

import com.zangsho.domain.money.Money;
import java.time.Instant;

/**
 * What a customer's orders add up to (docs/api.md §5): {@code ltv} is the sum of the paid orders,
 * {@code orderCount} counts every order whatever its status, and the payment dates are the earliest
 * and latest {@code paid_at} of the paid orders (null while there is none).
 */
public record CustomerFigures(
    Money ltv, long orderCount, Instant firstPaymentAt, Instant lastPaymentAt) {
  /** A customer without orders. */
  public static final CustomerFigures NONE = new CustomerFigures(Money.ZERO, 0, null, null);
}
