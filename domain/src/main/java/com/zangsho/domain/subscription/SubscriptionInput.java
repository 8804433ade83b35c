package com.zangsho.domain.subscription;

import com.zangsho.domain.billing.BillingCycle;
import com.zangsho.domain.money.Money;
import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subscription fields one request or batch item gives (see {@link FieldInput}). The typed
 * accessors are empty when a field was not given (or, before validation, is not valid).
 */
public final class SubscriptionInput extends FieldInput<SubscriptionField> {
  private SubscriptionInput(Map<SubscriptionField, String> given, List<Violation> shapeViolations) {
    super(given, shapeViolations);
  }

  public static Builder<SubscriptionField, SubscriptionInput> builder() {
    return new Builder<>(SubscriptionField.class, SubscriptionInput::new);
  }

  public Optional<Long> customerId() {
    return id(SubscriptionField.CUSTOMER_ID);
  }

  public String customerEmail() {
    return get(SubscriptionField.CUSTOMER_EMAIL);
  }

  /** The customer as the item names it: the id when given, else the e-mail. */
  public String customerKey() {
    String id = get(SubscriptionField.CUSTOMER_ID);
    return id != null ? id : customerEmail();
  }

  public Optional<Money> mrr() {
    return text(SubscriptionField.MRR)
        .flatMap(t -> Money.parse(SubscriptionField.MRR.wireName(), t).value());
  }

  public Optional<BillingCycle> billingCycle() {
    return wireNamed(SubscriptionField.BILLING_CYCLE, BillingCycle.class);
  }

  public Optional<SubscriptionStatus> status() {
    return wireNamed(SubscriptionField.STATUS, SubscriptionStatus.class);
  }
}
