package com.zangsho.application.webhook;

import com.zangsho.application.write.WriteResult;
import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.webhook.Webhook;
import com.zangsho.domain.webhook.WebhookDelivery;
import com.zangsho.domain.webhook.WebhookDeliveryRepository;
import com.zangsho.domain.webhook.WebhookRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Leaves a write's webhook events in the outbox, in the write's transaction: one delivery per
 * subscribed webhook, whose body ({@code {"id","type","created_at","data"}}) is fixed now, so every
 * attempt sends the same event id. Nothing is sent here: {@link WebhookDispatcher} sends after
 * commit, and a write that rolls back leaves nothing to send.
 */
@Dependent
public class Outbox {
  @Inject WebhookRepository webhooks;
  @Inject WebhookDeliveryRepository deliveries;

  public void publish(long tenantId, List<WriteResult.WebhookEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    List<Webhook> subscribers = webhooks.list(tenantId);
    Instant now = Instants.now();
    List<WebhookDelivery> pending = new ArrayList<>();
    for (WriteResult.WebhookEvent event : events) {
      List<Webhook> receivers =
          subscribers.stream().filter(w -> w.subscribesTo(event.type())).toList();
      if (receivers.isEmpty()) {
        continue;
      }
      String eventId = UUID.randomUUID().toString();
      JsonObject data = read(event.data());
      String subject = subject(event.type(), data);
      String payload = payload(eventId, event.type(), data, now);
      for (Webhook webhook : receivers) {
        pending.add(new WebhookDelivery(webhook, eventId, event.type(), subject, payload, now));
      }
    }
    deliveries.addAll(pending);
  }

  /**
   * What an event is about: the row its type names ({@code customer:42}, {@code order:7}); a
   * subscription's recorded events go with their subscription, so that a receiver sees {@code
   * subscription.updated} and the {@code subscription_event.created} it recorded in order.
   */
  static String subject(String type, JsonObject data) {
    JsonValue subscription = data.get("subscription_id");
    if (type.startsWith("subscription_event.")
        && subscription != null
        && subscription.getValueType() == JsonValue.ValueType.NUMBER) {
      return "subscription:" + subscription;
    }
    return type.substring(0, type.indexOf('.')) + ":" + data.get("id");
  }

  private static JsonObject read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String payload(String eventId, String type, JsonObject data, Instant now) {
    return Json.createObjectBuilder()
        .add("id", eventId)
        .add("type", type)
        .add("created_at", now.truncatedTo(ChronoUnit.SECONDS).toString())
        .add("data", data)
        .build()
        .toString();
  }
}
