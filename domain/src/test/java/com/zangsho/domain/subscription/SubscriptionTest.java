package com.zangsho.domain.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zangsho.domain.ConflictException;
import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.validation.FieldInput;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
  private static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");

  static FieldInput.Builder<SubscriptionField, SubscriptionInput> valid() {
    return SubscriptionInput.builder()
        .given(SubscriptionField.CUSTOMER_EMAIL, "a@example.com")
        .given(SubscriptionField.PLAN_NAME, "Basic")
        .given(SubscriptionField.MRR, "990")
        .given(SubscriptionField.BILLING_CYCLE, "monthly")
        .given(SubscriptionField.STARTED_AT, "2026-01-01T00:00:00Z")
        .given(SubscriptionField.CURRENT_PERIOD_START, "2026-01-01T00:00:00Z");
  }

  private static Subscription subscription() {
    return new Subscription(
        1, valid().build(), Customer.named(1, "a@example.com", null), Source.API);
  }

  private static SubscriptionInput change(SubscriptionField field, String value) {
    return SubscriptionInput.builder().given(field, value).build();
  }

  @Test
  void aNewSubscriptionIsActiveAndItsCreatedEventDatesFromItsStart() {
    Subscription subscription = subscription();
    SubscriptionEvent created = subscription.createdEvent();

    assertEquals(SubscriptionStatus.ACTIVE, subscription.getStatus());
    assertEquals(EventType.CREATED, created.getEventType());
    assertEquals(Source.SYSTEM, created.getSource());
    assertNull(created.getOldAmount());
    assertEquals("990.00", created.getAmountChange().toWire());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), created.getOccurredAt());
  }

  @Test
  void anMrrRiseIsAnUpgradeAFallADowngradeAndNoChangeNoEvent() {
    Subscription subscription = subscription();

    SubscriptionEvent upgrade =
        subscription.change(change(SubscriptionField.MRR, "1990.00"), NOW).orElseThrow();
    assertEquals(EventType.UPGRADE, upgrade.getEventType());
    assertEquals("1000.00", upgrade.getAmountChange().toWire());
    SubscriptionEvent downgrade =
        subscription.change(change(SubscriptionField.MRR, "1490.5"), NOW).orElseThrow();
    assertEquals(EventType.DOWNGRADE, downgrade.getEventType());
    assertEquals("-499.50", downgrade.getAmountChange().toWire());
    assertTrue(subscription.change(change(SubscriptionField.MRR, "1490.50"), NOW).isEmpty());
    assertTrue(subscription.change(change(SubscriptionField.PLAN_NAME, "Pro"), NOW).isEmpty());
    assertEquals("Pro", subscription.getPlanName());
  }

  @Test
  void cancelAndReactivateEachRefuseTheStateTheyLeadTo() {
    Subscription subscription = subscription();

    SubscriptionEvent cancel = subscription.cancel(NOW, "too_expensive");
    assertEquals("-990.00", cancel.getAmountChange().toWire());
    assertEquals(SubscriptionStatus.CANCELLED, subscription.getStatus());
    assertEquals(
        "subscription_already_cancelled",
        assertThrows(ConflictException.class, () -> subscription.cancel(NOW, null)).code());

    SubscriptionEvent reactivated = subscription.reactivate(NOW);
    assertEquals("990.00", reactivated.getAmountChange().toWire());
    assertNull(subscription.getCancelledAt());
    assertNull(subscription.getCancelReason());
    assertEquals(
        "subscription_already_active",
        assertThrows(ConflictException.class, () -> subscription.reactivate(NOW)).code());
  }

  @Test
  void aNewSubscriptionNeedsItsFiveFieldsAndARecurringCycle() {
    assertEquals(List.of(), SubscriptionRules.validateNew(valid().build()));
    assertEquals(
        List.of("customer_email", "mrr", "billing_cycle", "started_at", "current_period_start"),
        SubscriptionRules.validateNew(SubscriptionInput.builder().build()).stream()
            .map(v -> v.field())
            .toList());
    assertEquals(
        "billing_cycle",
        SubscriptionRules.validateNew(
                valid().given(SubscriptionField.BILLING_CYCLE, "one-time").build())
            .get(0)
            .field());
  }

  @Test
  void aChangeCannotClearWhatASubscriptionMustHave() {
    assertEquals(
        List.of("mrr"),
        SubscriptionRules.validateChange(change(SubscriptionField.MRR, null)).stream()
            .map(v -> v.field())
            .toList());
    assertEquals(
        List.of(), SubscriptionRules.validateChange(change(SubscriptionField.PLAN_NAME, null)));
  }
}
