package com.zangsho.domain.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * {@code GET /v1/metrics/summary}: the figures at the end of a day, and the rates of the month up
 * to it (the day a month before, exclusive, to the day, inclusive). Each formula is also in the
 * operation's description. Rates are fractions to four decimals ({@code 0.0250} = 2.5 %), null when
 * there was no MRR (or no customer) to start the month from.
 *
 * @param mrr MRR at the end of {@code date}: every movement up to it, summed
 * @param arr {@code 12 × mrr}
 * @param customers customers with MRR above zero at the end of {@code date}
 * @param arpa {@code mrr / customers}, null without customers
 * @param grossMrrChurnRate {@code −(churn + contraction) / starting_mrr}
 * @param netMrrChurnRate {@code −(churn + contraction + expansion + reactivation) / starting_mrr}
 *     (negative when expansion and reactivation outgrow the losses)
 * @param netMrrRetention {@code (starting_mrr + expansion + contraction + churn) / starting_mrr}:
 *     what the customers of the month's start pay at its end, new business and returning customers
 *     left out
 * @param customerChurnRate {@code churned_customers / starting_customers}
 */
public record MrrSummary(
    LocalDate date,
    BigDecimal mrr,
    BigDecimal arr,
    long customers,
    BigDecimal arpa,
    LocalDate periodStart,
    BigDecimal startingMrr,
    long startingCustomers,
    long churnedCustomers,
    BigDecimal grossMrrChurnRate,
    BigDecimal netMrrChurnRate,
    BigDecimal netMrrRetention,
    BigDecimal customerChurnRate) {
  private static final int RATE_DECIMALS = 4;

  /**
   * @param before every movement before the month, summed
   * @param month the month's movements, summed
   */
  public static MrrSummary of(LocalDate date, MrrDay before, MrrDay month) {
    BigDecimal starting = before.net();
    BigDecimal mrr = starting.add(month.net());
    long customers = before.customers() + month.customers();
    BigDecimal losses = month.churn().add(month.contraction());
    return new MrrSummary(
        date,
        mrr,
        mrr.multiply(BigDecimal.valueOf(12)),
        customers,
        customers == 0 ? null : mrr.divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP),
        monthStart(date),
        starting,
        before.customers(),
        month.customersLost(),
        rate(losses.negate(), starting),
        rate(losses.add(month.expansion()).add(month.reactivation()).negate(), starting),
        rate(starting.add(month.expansion()).add(losses), starting),
        rate(BigDecimal.valueOf(month.customersLost()), BigDecimal.valueOf(before.customers())));
  }

  /** The first day of the month up to {@code date}. */
  public static LocalDate monthStart(LocalDate date) {
    return date.minusMonths(1).plusDays(1);
  }

  private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
    return whole.signum() <= 0 ? null : part.divide(whole, RATE_DECIMALS, RoundingMode.HALF_UP);
  }
}
