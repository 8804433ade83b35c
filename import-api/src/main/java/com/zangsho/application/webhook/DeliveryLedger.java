package com.zangsho.application.webhook;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.webhook.RetrySchedule;
import com.zangsho.domain.webhook.Webhook;
import com.zangsho.domain.webhook.WebhookDelivery;
import com.zangsho.domain.webhook.WebhookDeliveryRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The dispatcher's bookkeeping, each step a short transaction of its own (the HTTP calls happen
 * between them, outside any transaction): claim due deliveries, then record each outcome.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryLedger {
  /**
   * How many deliveries one round claims, and for how long: three times the 10 s a call may take,
   * and short enough that a server that died holding claims delays them by half a minute at most.
   */
  static final int BATCH = 20;

  static final Duration LEASE = Duration.ofSeconds(30);

  /** One delivery to attempt, with what sending it needs. */
  public record Job(long deliveryId, String url, String secret, String payload) {}

  @Inject WebhookDeliveryRepository deliveries;
  @Inject ServerSettings settings;

  public List<Job> claimDue(String token) {
    Instant now = Instants.now();
    List<WebhookDelivery> claimed = deliveries.claimDue(now, BATCH, token, now.plus(LEASE));
    if (claimed.isEmpty()) {
      return List.of();
    }
    Map<Long, Webhook> webhooks = new HashMap<>();
    deliveries.webhooksOfClaim(token).forEach(w -> webhooks.put(w.getId(), w));
    List<Job> jobs = new ArrayList<>();
    for (WebhookDelivery delivery : claimed) {
      Webhook webhook = webhooks.get(delivery.getWebhookId());
      jobs.add(
          new Job(delivery.getId(), webhook.getUrl(), webhook.getSecret(), delivery.getPayload()));
    }
    return jobs;
  }

  /**
   * Records one attempt's outcome, if {@code token} still holds the claim.
   *
   * @param statusCode the receiver's answer, or null when there was none
   */
  public void record(long deliveryId, String token, Integer statusCode, String error) {
    deliveries
        .findClaimed(deliveryId, token)
        .ifPresent(
            delivery -> {
              Instant now = Instants.now();
              if (statusCode != null && statusCode >= 200 && statusCode < 300) {
                delivery.delivered(now, statusCode);
                // A receiver that answers again gets what waited for it at once, rather than as
                // each delivery's backoff (up to an hour) runs out.
                deliveries.retryNow(delivery.getTenantId(), delivery.getWebhookId(), now);
              } else {
                delivery.attemptFailed(
                    statusCode,
                    error,
                    new RetrySchedule(settings.webhookRetryBase())
                        .next(
                            delivery.getAttempts() + 1,
                            delivery.getCreatedAt(),
                            now,
                            ThreadLocalRandom.current())
                        .orElse(null));
              }
            });
  }
}
