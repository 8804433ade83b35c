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
import jakarta.json.JsonReader;
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
      String eventId = UUID.randomUUID().toString();
      String payload = null;
      for (Webhook webhook : subscribers) {
        if (webhook.subscribesTo(event.type())) {
          payload = payload != null ? payload : payload(eventId, event, now);
          pending.add(new WebhookDelivery(webhook, eventId, event.type(), payload, now));
        }
      }
    }
    deliveries.addAll(pending);
  }

  private static String payload(String eventId, WriteResult.WebhookEvent event, Instant now) {
    try (JsonReader data = Json.createReader(new StringReader(event.data()))) {
      return Json.createObjectBuilder()
          .add("id", eventId)
          .add("type", event.type())
          .add("created_at", now.truncatedTo(ChronoUnit.SECONDS).toString())
          .add("data", data.readValue())
          .build()
          .toString();
    }
  }
}
