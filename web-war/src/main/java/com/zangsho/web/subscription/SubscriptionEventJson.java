package com.zangsho.web.subscription;

import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.money.MoneyChange;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.web.json.Timestamps;
import com.zangsho.web.json.Wire;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription event on the wire (docs/api.md §7). */
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
@Schema(name = "SubscriptionEvent", description = "訂閱事件:MRR 的變動歷史")
public record SubscriptionEventJson(
    long id,
    long customerId,
    String customerEmail,
    @Schema(nullable = true) Long subscriptionId,
    @Schema(enumeration = {"created", "upgrade", "downgrade", "cancel", "reactivated"})
        String eventType,
    @Schema(enumeration = {"api", "import", "system"}) String source,
    @Schema(nullable = true) String oldAmount,
    @Schema(nullable = true) String newAmount,
    @Schema(nullable = true) String amountChange,
    @Schema(nullable = true) String oldPlan,
    @Schema(nullable = true) String newPlan,
    String occurredAt,
    String createdAt) {

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
