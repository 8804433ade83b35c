package com.zangsho.web.subscription;

import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.money.MoneyChange;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.web.json.Identified;
import com.zangsho.web.json.Timestamps;
import com.zangsho.web.json.Wire;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A subscription event on the wire (api.md §7). */
@JsonbPropertyOrder({
  "id",
  "customerId",
  "customerEmail",
  "subscriptionId",
  "eventType",
  "source",
  "oldAmount",
  "newAmount",
  "amountChange",
  "oldPlan",
  "newPlan",
  "occurredAt",
  "createdAt"
})
public record SubscriptionEventJson(
    long id,
    long customerId,
    String customerEmail,
    Long subscriptionId,
    String eventType,
    String source,
    String oldAmount,
    String newAmount,
    String amountChange,
    String oldPlan,
    String newPlan,
    String occurredAt,
    String createdAt)
    implements Identified {

  public static SubscriptionEventJson of(SubscriptionEvent event) {
    Customer customer = event.getCustomer();
    MoneyChange change = event.getAmountChange();
    return new SubscriptionEventJson(
        event.getId(),
        customer.getId(),
        customer.getEmail(),
        event.getSubscription() == null ? null : event.getSubscription().getId(),
        Wire.name(event.getEventType()),
        Wire.name(event.getSource()),
        Wire.money(event.getOldAmount()),
        Wire.money(event.getNewAmount()),
        change == null ? null : change.toWire(),
        event.getOldPlan(),
        event.getNewPlan(),
        Timestamps.format(event.getOccurredAt()),
        Timestamps.format(event.getCreatedAt()));
  }
}
