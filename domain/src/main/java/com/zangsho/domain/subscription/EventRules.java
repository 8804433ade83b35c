package com.zangsho.domain.subscription;

import com.zangsho.domain.customer.CustomerRules;
import com.zangsho.domain.money.Money;
import com.zangsho.domain.money.MoneyChange;
import com.zangsho.domain.validation.FieldChecks;
import com.zangsho.domain.validation.Violation;
import java.util.List;

/**
 * The contract's rules for a subscription event (docs/api.md §7): {@code customer_email}, {@code
 * event_type} and {@code occurred_at} are required; the amounts are money, the change may be
 * negative.
 */
public final class EventRules {
  private EventRules() {}

  public static List<Violation> validate(EventInput input) {
    return new FieldChecks<>(input, EventField.class)
        .required(EventField.CUSTOMER_EMAIL)
        .email(EventField.CUSTOMER_EMAIL, CustomerRules.MAX_EMAIL)
        .required(EventField.EVENT_TYPE)
        .oneOf(EventField.EVENT_TYPE, EventType.values())
        .required(EventField.OCCURRED_AT)
        .dateTime(EventField.OCCURRED_AT)
        .check(EventField.OLD_AMOUNT, Money::violation)
        .check(EventField.NEW_AMOUNT, Money::violation)
        .check(EventField.AMOUNT_CHANGE, MoneyChange::violation)
        .maxLength(EventField.OLD_PLAN, SubscriptionRules.MAX_PLAN_NAME)
        .maxLength(EventField.NEW_PLAN, SubscriptionRules.MAX_PLAN_NAME)
        .violations();
  }
}
