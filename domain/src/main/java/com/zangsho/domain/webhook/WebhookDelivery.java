package com.zangsho.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One event for one webhook: the outbox row a single write leaves in its own transaction, and the
 * record of its delivery. Its {@code payload} is fixed when written, so every attempt sends the
 * same body with the same event id. A worker claims due rows by writing its {@code claimToken} and
 * a lease ({@code claimedUntil}); only the claimant records the outcome.
 */
@Entity
@Table(name = "webhook_deliveries")
@NamedQuery(
    name = WebhookDelivery.DUE,
    query =
        "select d.id from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now"
            + " and (d.claimedUntil is null or d.claimedUntil < :now)"
            + " and exists (select w.id from Webhook w where w.id = d.webhookId and w.active = true)"
            + " and not exists (select e.id from WebhookDelivery e where e.webhookId = d.webhookId"
            + " and e.subject = d.subject and e.status = :pending and e.id < d.id)"
            + " order by d.nextAttemptAt")
@NamedQuery(
    name = WebhookDelivery.CLAIM,
    query =
        "update WebhookDelivery d set d.claimToken = :token, d.claimedUntil = :until"
            + " where d.id in :ids and d.status = :pending"
            + " and (d.claimedUntil is null or d.claimedUntil < :now)")
@NamedQuery(
    name = WebhookDelivery.CLAIMED,
    query = "select d from WebhookDelivery d where d.claimToken = :token")
@NamedQuery(
    name = WebhookDelivery.WEBHOOKS_OF_CLAIM,
    query =
        "select w from Webhook w where w.id in"
            + " (select d.webhookId from WebhookDelivery d where d.claimToken = :token)")
@NamedQuery(
    name = WebhookDelivery.RETRY_NOW,
    query =
        "update WebhookDelivery d set d.nextAttemptAt = :now where d.tenantId = :tenantId"
            + " and d.webhookId = :webhookId and d.status = :pending"
            + " and (d.nextAttemptAt is null or d.nextAttemptAt > :now)")
@NamedQuery(
    name = WebhookDelivery.HOLD,
    query =
        "update WebhookDelivery d set d.nextAttemptAt = null where d.tenantId = :tenantId"
            + " and d.webhookId = :webhookId and d.status = :pending")
@NamedQuery(
    name = WebhookDelivery.REDELIVER_FAILED,
    query =
        "update WebhookDelivery d set d.status = :pending, d.nextAttemptAt = :next"
            + " where d.tenantId = :tenantId and d.webhookId = :webhookId and d.status = :failed"
            + " and d.createdAt >= :since")
@NamedQuery(
    name = WebhookDelivery.FIND,
    query =
        "select d from WebhookDelivery d where d.tenantId = :tenantId"
            + " and d.webhookId = :webhookId and d.id = :id")
@NamedQuery(
    name = WebhookDelivery.DELETE_FOR_WEBHOOK,
    query =
        "delete from WebhookDelivery d where d.tenantId = :tenantId and d.webhookId = :webhookId")
public class WebhookDelivery {
  public static final String DUE = "WebhookDelivery.due";
  public static final String CLAIM = "WebhookDelivery.claim";
  public static final String RETRY_NOW = "WebhookDelivery.retryNow";
  public static final String CLAIMED = "WebhookDelivery.claimed";
  public static final String WEBHOOKS_OF_CLAIM = "WebhookDelivery.webhooksOfClaim";
  public static final String DELETE_FOR_WEBHOOK = "WebhookDelivery.deleteForWebhook";
  public static final String HOLD = "WebhookDelivery.hold";
  public static final String REDELIVER_FAILED = "WebhookDelivery.redeliverFailed";
  public static final String FIND = "WebhookDelivery.find";

  /** How far back {@code redeliver_failed} reaches (docs/api.md §9). */
  public static final Duration REDELIVERABLE_FOR = Duration.ofDays(7);

  public static final int MAX_ERROR = 500;

  public enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "webhook_delivery_ids")
  @TableGenerator(
      name = "webhook_delivery_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "webhook_deliveries",
      allocationSize = 100)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(name = "webhook_id", nullable = false, updatable = false)
  private long webhookId;

  @Column(name = "event_id", nullable = false, updatable = false)
  private String eventId;

  @Column(name = "event_type", nullable = false, updatable = false)
  private String eventType;

  /** The exact body every attempt POSTs. */
  @Column(nullable = false, updatable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "claim_token")
  private String claimToken;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  /**
   * What the event is about, e.g. {@code customer:42}: of one webhook's deliveries about one
   * subject, only the earliest pending is due, so a receiver gets them in the order they were made.
   */
  @Column(updatable = false)
  private String subject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected WebhookDelivery() {}

  public WebhookDelivery(
      Webhook webhook,
      String eventId,
      String eventType,
      String subject,
      String payload,
      Instant now) {
    this.tenantId = webhook.getTenantId();
    this.webhookId = Objects.requireNonNull(webhook.getId());
    this.eventId = eventId;
    this.eventType = eventType;
    this.subject = subject;
    this.payload = payload;
    this.status = Status.PENDING;
    // A paused webhook's deliveries wait with no time set; resuming it makes them due.
    this.nextAttemptAt = webhook.isActive() ? now : null;
    this.createdAt = now;
  }

  /**
   * Another attempt of the same event, whatever became of this one: pending again, due at once
   * (when its webhook is resumed, if paused). An attempt under way keeps its claim and records its
   * own outcome. After the 24 hours of retries it gets this one attempt.
   */
  public void redeliver(Instant now, boolean webhookActive) {
    if (claimToken != null) {
      return;
    }
    status = Status.PENDING;
    nextAttemptAt = webhookActive ? now : null;
  }

  /** The receiver answered 2xx. */
  public void delivered(Instant now, int statusCode) {
    attempts++;
    status = Status.DELIVERED;
    lastStatusCode = statusCode;
    lastError = null;
    deliveredAt = now;
    nextAttemptAt = null;
    release();
  }

  /**
   * The attempt failed; {@code retryAt} is when to try again, or null to give up.
   *
   * @param statusCode the receiver's answer, or null when there was none (timeout, refused)
   */
  public void attemptFailed(Integer statusCode, String error, Instant retryAt) {
    attempts++;
    lastStatusCode = statusCode;
    lastError =
        error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    nextAttemptAt = retryAt;
    status = retryAt == null ? Status.FAILED : Status.PENDING;
    release();
  }

  private void release() {
    claimToken = null;
    claimedUntil = null;
  }

  public boolean isClaimedBy(String token) {
    return token.equals(claimToken);
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public long getWebhookId() {
    return webhookId;
  }

  public String getEventId() {
    return eventId;
  }

  public String getEventType() {
    return eventType;
  }

  public String getPayload() {
    return payload;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Integer getLastStatusCode() {
    return lastStatusCode;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }
}
