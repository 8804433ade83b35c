package com.zangsho.web.webhook;

import com.zangsho.domain.webhook.WebhookDelivery;
import com.zangsho.web.json.Timestamps;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;

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
public record DeliveryJson(
    long id,
    String eventId,
    String eventType,
    String status,
    int attempts,
    Integer lastStatusCode,
    String lastError,
    String nextAttemptAt,
    String createdAt,
    String deliveredAt) {

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
}
