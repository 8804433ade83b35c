package com.zangsho.web.webhook;

import com.zangsho.domain.webhook.WebhookDelivery;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.json.Timestamps;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of an event to a webhook: how it went so far. */
@JsonbPropertyOrder({
  "id",
  "eventId",
  "eventType",
  "status",
  "attempts",
  "lastStatusCode",
  "lastError",
  "nextAttemptAt",
  "createdAt",
  "deliveredAt"
})
@Schema(name = "WebhookDelivery", description = "一個事件對一個 Webhook 的傳送狀態")
public record DeliveryJson(
    long id,
    String eventId,
    String eventType,
    @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
    int attempts,
    @Schema(nullable = true) Integer lastStatusCode,
    @Schema(nullable = true) String lastError,
    @Schema(nullable = true) String nextAttemptAt,
    String createdAt,
    @Schema(nullable = true) String deliveredAt) {

  public static DeliveryJson of(WebhookDelivery delivery) {
    return new DeliveryJson(
        delivery.getId(),
        delivery.getEventId(),
        delivery.getEventType(),
        delivery.getStatus().name().toLowerCase(Locale.ROOT),
        delivery.getAttempts(),
        delivery.getLastStatusCode(),
        delivery.getLastError(),
        Timestamps.format(delivery.getNextAttemptAt()),
        Timestamps.format(delivery.getCreatedAt()),
        Timestamps.format(delivery.getDeliveredAt()));
  }

  /** The envelope {@code WebhookDeliveryResponse} of the OpenAPI document. */
  @Schema(name = "WebhookDeliveryResponse", description = "{\"data\": WebhookDelivery}")
  public record Response(DeliveryJson data) {}

  /** The envelope {@code WebhookDeliveryPage} of the OpenAPI document. */
  @Schema(name = "WebhookDeliveryPage", description = "Webhook 傳送紀錄與分頁資訊")
  public record Page(List<DeliveryJson> data, PageJson.Meta meta) {}
}
