package com.zangsho.domain.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A day's MRR movements summed per type, and how many customers gained MRR from none and lost all
 * of it: one row of {@code mrr_day_totals}, or the sum of many.
 */
public record MrrDay(
    LocalDate day,
    BigDecimal newBusiness,
    BigDecimal expansion,
    BigDecimal contraction,
    BigDecimal churn,
    BigDecimal reactivation,
    long customersGained,
    long customersLost) {
  public static MrrDay empty(LocalDate day) {
    BigDecimal zero = BigDecimal.ZERO;
    return new MrrDay(day, zero, zero, zero, zero, zero, 0, 0);
  }

  /** What one movement adds to its day ({@code sign} −1 takes it away). */
  static MrrDay of(LocalDate day, MovementType type, BigDecimal amount, int customers, int sign) {
    BigDecimal signed = sign < 0 ? amount.negate() : amount;
    BigDecimal zero = BigDecimal.ZERO;
    return new MrrDay(
        day,
        type == MovementType.NEW_BUSINESS ? signed : zero,
        type == MovementType.EXPANSION ? signed : zero,
        type == MovementType.CONTRACTION ? signed : zero,
        type == MovementType.CHURN ? signed : zero,
        type == MovementType.REACTIVATION ? signed : zero,
        customers > 0 ? sign : 0,
        customers < 0 ? sign : 0);
  }

  /** The sum of every movement: the MRR they add up to. */
  public BigDecimal net() {
    return newBusiness.add(expansion).add(contraction).add(churn).add(reactivation);
  }

  public long customers() {
    return customersGained - customersLost;
  }

  public MrrDay plus(MrrDay other) {
    return new MrrDay(
        day,
        newBusiness.add(other.newBusiness),
        expansion.add(other.expansion),
        contraction.add(other.contraction),
        churn.add(other.churn),
        reactivation.add(other.reactivation),
        customersGained + other.customersGained,
        customersLost + other.customersLost);
  }

  boolean isZero() {
    return customersGained == 0
        && customersLost == 0
        && List.of(newBusiness, expansion, contraction, churn, reactivation).stream()
            .allMatch(amount -> amount.signum() == 0);
  }
}
