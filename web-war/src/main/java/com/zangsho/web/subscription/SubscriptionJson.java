package com.zangsho.web.subscription;

import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.subscription.Subscription;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.json.Timestamps;
import com.zangsho.web.json.Wire;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription on the wire (docs/api.md §7). */
@JsonbPropertyOrder({
  "id",
  "customerId",
  "customerEmail",
  "status",
  "planName",
  "mrr",
  "billingCycle",
  "source",
  "startedAt",
  "currentPeriodStart",
  "cancelledAt",
  "cancelReason",
  "createdAt",
  "updatedAt"
})
@Schema(name = "Subscription", description = "訂閱(每位客戶至多一個)")
public record SubscriptionJson(
    long id,
    long customerId,
    String customerEmail,
    @Schema(enumeration = {"active", "paused", "cancelled"}) String status,
    @Schema(nullable = true) String planName,
    @Schema(example = "990.00") String mrr,
    @Schema(enumeration = {"monthly", "quarterly", "semi-annual", "yearly"}) String billingCycle,
    @Schema(enumeration = {"api", "import", "system"}) String source,
    String startedAt,
    String currentPeriodStart,
    @Schema(nullable = true) String cancelledAt,
    @Schema(nullable = true) String cancelReason,
    String createdAt,
    String updatedAt) {

  public static SubscriptionJson of(Subscription subscription) {
    Customer customer = subscription.getCustomer();
    return new SubscriptionJson(
        subscription.getId(),
        customer.getId(),
        customer.getEmail(),
        Wire.name(subscription.getStatus()),
        subscription.getPlanName(),
        Wire.money(subscription.getMrr()),
        Wire.name(subscription.getBillingCycle()),
        Wire.name(subscription.getSource()),
        Timestamps.format(subscription.getStartedAt()),
        Timestamps.format(subscription.getCurrentPeriodStart()),
        Timestamps.format(subscription.getCancelledAt()),
        subscription.getCancelReason(),
        Timestamps.format(subscription.getCreatedAt()),
        Timestamps.format(subscription.getUpdatedAt()));
  }

  /** The envelope {@code SubscriptionResponse} of the OpenAPI document. */
  @Schema(name = "SubscriptionResponse", description = "{\"data\": 訂閱}")
  public record Response(SubscriptionJson data) {}

  /** The envelope {@code SubscriptionPage} of the OpenAPI document. */
  @Schema(name = "SubscriptionPage", description = "訂閱列表與分頁資訊")
  public record Page(List<SubscriptionJson> data, PageJson.Meta meta) {}
}
