package com.zangsho.domain.subscription;

import com.zangsho.domain.billing.BillingCycle;
import com.zangsho.domain.customer.CustomerRules;
import com.zangsho.domain.money.Money;
import com.zangsho.domain.validation.FieldChecks;
import com.zangsho.domain.validation.Violation;
import java.util.List;

/** The contract's rules for a subscription (docs/api.md §7). */
public final class SubscriptionRules {
  public static final int MAX_PLAN_NAME = 255;
  public static final int MAX_CANCEL_REASON = 255;

  /** Subscriptions recur: every cycle but one-time. */
  static final BillingCycle[] CYCLES = {
    BillingCycle.MONTHLY, BillingCycle.QUARTERLY, BillingCycle.SEMI_ANNUAL, BillingCycle.YEARLY
  };

  private SubscriptionRules() {}

  /**
   * A new subscription (a single create, or a batch item that would create): a customer (by id or
   * e-mail), {@code mrr}, {@code billing_cycle}, {@code started_at} and {@code
   * current_period_start} are required.
   */
  public static List<Violation> validateNew(SubscriptionInput input) {
    return checks(input, true);
  }

  /**
   * A batch item before it is known whether it creates or updates: its customer (the key) and the
   * fields it gives. {@link #validateNew} adds what only a new subscription needs.
   */
  public static List<Violation> validateGiven(SubscriptionInput input) {
    return checks(input, false);
  }

  private static List<Violation> checks(SubscriptionInput input, boolean newSubscription) {
    return new FieldChecks<>(input, SubscriptionField.class)
        .id(SubscriptionField.CUSTOMER_ID)
        .requiredWithout(SubscriptionField.CUSTOMER_EMAIL, SubscriptionField.CUSTOMER_ID)
        .email(SubscriptionField.CUSTOMER_EMAIL, CustomerRules.MAX_EMAIL)
        .maxLength(SubscriptionField.PLAN_NAME, MAX_PLAN_NAME)
        .requiredWhen(newSubscription, SubscriptionField.MRR)
        .check(SubscriptionField.MRR, Money::violation)
        .requiredWhen(newSubscription, SubscriptionField.BILLING_CYCLE)
        .oneOf(SubscriptionField.BILLING_CYCLE, CYCLES)
        .oneOf(SubscriptionField.STATUS, SubscriptionStatus.values())
        .requiredWhen(newSubscription, SubscriptionField.STARTED_AT)
        .dateTime(SubscriptionField.STARTED_AT)
        .requiredWhen(newSubscription, SubscriptionField.CURRENT_PERIOD_START)
        .dateTime(SubscriptionField.CURRENT_PERIOD_START)
        .dateTime(SubscriptionField.CANCELLED_AT)
        .maxLength(SubscriptionField.CANCEL_REASON, MAX_CANCEL_REASON)
        .violations();
  }

  /**
   * {@code PUT /v1/subscriptions/{id}}: the fields it may change are checked when given; {@code
   * mrr}, {@code billing_cycle} and {@code current_period_start} cannot be cleared, {@code
   * plan_name} can.
   */
  public static List<Violation> validateChange(SubscriptionInput input) {
    return new FieldChecks<>(input, SubscriptionField.class)
        .maxLength(SubscriptionField.PLAN_NAME, MAX_PLAN_NAME)
        .notCleared(SubscriptionField.MRR)
        .check(SubscriptionField.MRR, Money::violation)
        .notCleared(SubscriptionField.BILLING_CYCLE)
        .oneOf(SubscriptionField.BILLING_CYCLE, CYCLES)
        .notCleared(SubscriptionField.CURRENT_PERIOD_START)
        .dateTime(SubscriptionField.CURRENT_PERIOD_START)
        .violations();
  }
}
