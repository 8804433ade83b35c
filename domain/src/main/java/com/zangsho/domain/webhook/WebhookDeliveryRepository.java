package com.zangsho.domain.webhook;

import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The outbox of deliveries. The claim methods work across tenants: the dispatcher serves them all.
 * Joins the caller's transaction.
 */
public interface WebhookDeliveryRepository {
  void addAll(Collection<WebhookDelivery> deliveries);

  /**
   * Claims up to {@code limit} pending deliveries due at {@code now} and not claimed by anyone
   * else, for {@code token} until {@code until}; returns them. Each row is claimed by one worker
   * only, whichever server it runs on.
   */
  List<WebhookDelivery> claimDue(Instant now, int limit, String token, Instant until);

  /** In one query: the webhooks the deliveries claimed for {@code token} go to. */
  List<Webhook> webhooksOfClaim(String token);

  /** The delivery if {@code token} still holds its claim. */
  java.util.Optional<WebhookDelivery> findClaimed(long id, String token);

  /** Newest first. */
  Page<WebhookDelivery> forWebhook(long tenantId, long webhookId, PageRequest page);

  void removeForWebhook(long tenantId, long webhookId);

  /**
   * Makes every pending delivery of the webhook due now: its receiver answers again, or the webhook
   * was resumed.
   */
  void retryNow(long tenantId, long webhookId, Instant now);

  /** Holds every pending delivery of a paused webhook: due at no time until it is resumed. */
  void hold(long tenantId, long webhookId);

  java.util.Optional<WebhookDelivery> find(long tenantId, long webhookId, long id);

  /**
   * Makes every failed delivery of the webhook made since {@code since} pending again, due at
   * {@code next} (null: held, the webhook being paused).
   *
   * @return how many
   */
  int redeliverFailed(long tenantId, long webhookId, Instant since, Instant next);
}
