package com.zangsho.web.subscription;

import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.money.MoneyChange;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.json.Timestamps;
import com.zangsho.web.json.Wire;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
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

  /**
   * What a webhook event about it concerns: its subscription, so that a receiver sees {@code
   * subscription.updated} and the {@code subscription_event.created} it recorded in order; itself
   * when it has none.
   */
  static String webhookSubject(SubscriptionEvent event) {
    return event.getSubscription() != null
        ? "subscription:" + event.getSubscription().getId()
        : "subscription_event:" + event.getId();
  }

  /** The envelope {@code SubscriptionEventResponse} of the OpenAPI document. */
  @Schema(name = "SubscriptionEventResponse", description = "{\"data\": 訂閱事件}")
  public record Response(SubscriptionEventJson data) {}

  /** The envelope {@code SubscriptionEventPage} of the OpenAPI document. */
  @Schema(name = "SubscriptionEventPage", description = "訂閱事件列表與分頁資訊")
  public record Page(List<SubscriptionEventJson> data, PageJson.Meta meta) {}
}
