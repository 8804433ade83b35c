package com.zangsho.domain.webhook;

import com.zangsho.domain.validation.Instants;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A merchant's webhook (docs/api.md §9): where to POST which events, and whether to now. The
 * signing secret is needed as given out, because every delivery is signed with it; it is shown
 * once, when the webhook is made, and kept sealed at rest ({@link SecretKeys}). A paused webhook
 * collects its deliveries and sends them, in order, once resumed.
 */
@Entity
@Table(name = "webhooks")
@NamedQuery(
    name = Webhook.LIST,
    query = "select w from Webhook w where w.tenantId = :tenantId order by w.id")
@NamedQuery(
    name = Webhook.FIND_BY_ID,
    query = "select w from Webhook w where w.tenantId = :tenantId and w.id = :id")
public class Webhook {
  public static final String LIST = "Webhook.list";
  public static final String FIND_BY_ID = "Webhook.findById";

  /** The events single-item writes publish, and an import's end (docs/api.md §8a). */
  public static final Set<String> EVENTS =
      Set.of(
          "customer.created",
          "customer.updated",
          "customer.deleted",
          "order.created",
          "order.updated",
          "subscription.created",
          "subscription.updated",
          "subscription.cancelled",
          "subscription.reactivated",
          "subscription_event.created",
          "import.completed",
          "import.failed");

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "webhook_ids")
  @TableGenerator(
      name = "webhook_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "webhooks",
      allocationSize = 10)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(nullable = false, updatable = false)
  private String url;

  /** Comma-separated event names. */
  @Column(nullable = false, updatable = false)
  private String events;

  @Column(nullable = false, updatable = false)
  private WebhookSecret secret;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Webhook() {}

  public Webhook(long tenantId, String url, List<String> events, String secret) {
    this.tenantId = tenantId;
    this.url = Objects.requireNonNull(url);
    this.events = String.join(",", events);
    this.secret = new WebhookSecret(secret);
  }

  @PrePersist
  void onCreate() {
    createdAt = Instants.now();
  }

  public boolean subscribesTo(String eventType) {
    return getEvents().contains(eventType);
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getUrl() {
    return url;
  }

  public List<String> getEvents() {
    return Arrays.asList(events.split(","));
  }

  public String getSecret() {
    return secret.value();
  }

  public boolean isActive() {
    return active;
  }

  /**
   * Pauses or resumes the webhook.
   *
   * @return whether that changed it
   */
  public boolean makeActive(boolean active) {
    boolean changed = this.active != active;
    this.active = active;
    return changed;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
