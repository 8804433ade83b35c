package com.zangsho.application.webhook;

import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.webhook.Webhook;
import com.zangsho.domain.webhook.WebhookDelivery;
import com.zangsho.domain.webhook.WebhookDeliveryRepository;
import com.zangsho.domain.webhook.WebhookRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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

  public void publish(long tenantId, List<WebhookEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    List<Webhook> subscribers = webhooks.list(tenantId);
    Instant now = Instants.now();
    List<WebhookDelivery> pending = new ArrayList<>();
    for (WebhookEvent event : events) {
      List<Webhook> receivers =
          subscribers.stream().filter(w -> w.subscribesTo(event.type())).toList();
      if (receivers.isEmpty()) {
        continue;
      }
      String eventId = UUID.randomUUID().toString();
      String payload = payload(eventId, event.type(), event.data(), now);
      for (Webhook webhook : receivers) {
        pending.add(
            new WebhookDelivery(webhook, eventId, event.type(), event.subject(), payload, now));
      }
    }
    deliveries.addAll(pending);
  }

  /**
   * The event's body. Its {@code data} is the JSON the API answered, spliced in as it is; the other
   * members are a UUID, an event type and a timestamp, none of which needs escaping.
   */
  private static String payload(String eventId, String type, String data, Instant now) {
    return "{\"id\":\""
        + eventId
        + "\",\"type\":\""
        + type
        + "\",\"created_at\":\""
        + now.truncatedTo(ChronoUnit.SECONDS)
        + "\",\"data\":"
        + data
        + "}";
  }
}
