package com.zangsho.domain.metrics;

import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.subscription.EventType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The MRR movement one subscription event made, as stored in {@code mrr_movements} and listed by
 * {@code GET /v1/metrics/mrr/movements}: the trace from a figure back to its events. Worked out by
 * {@link MrrHistory}; written and replaced by the repository's own statements, never updated.
 */
@Entity
@Table(name = "mrr_movements")
public class MrrMovement {
  /** The subscription event's id: one movement per event at most. */
  @Id
  @Column(name = "event_id")
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private long customerId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id", insertable = false, updatable = false)
  private Customer customer;

  @Convert(converter = EventType.Converter.class)
  @Column(name = "event_type", nullable = false, updatable = false)
  private EventType eventType;

  @Convert(converter = MovementType.Converter.class)
  @Column(name = "movement_type", nullable = false, updatable = false)
  private MovementType type;

  /** The change of MRR counted: contraction and churn negative. */
  @Column(nullable = false, updatable = false)
  private BigDecimal amount;

  /**
   * The change the event itself states; where it differs from {@link #amount}, the event
   * contradicted the history before it (see {@link MrrHistory}).
   */
  @Column(name = "event_change", nullable = false, updatable = false)
  private BigDecimal eventChange;

  @Column(name = "mrr_after", nullable = false, updatable = false)
  private BigDecimal mrrAfter;

  /** +1 when the customer gained MRR from none, −1 when it lost all, else 0. */
  @Column(nullable = false, updatable = false)
  private int customers;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected MrrMovement() {}

  public MrrMovement(
      long tenantId,
      MrrHistory.Event event,
      MovementType type,
      BigDecimal amount,
      BigDecimal eventChange,
      BigDecimal mrrAfter,
      int customers) {
    this.id = event.eventId();
    this.tenantId = tenantId;
    this.customerId = event.customerId();
    this.eventType = event.type();
    this.type = type;
    this.amount = amount;
    this.eventChange = eventChange;
    this.mrrAfter = mrrAfter;
    this.customers = customers;
    this.occurredAt = event.occurredAt();
  }

  /** Whether {@code other} is the same movement of the same event, as stored. */
  public boolean sameAs(MrrMovement other) {
    return other != null
        && id.equals(other.id)
        && customerId == other.customerId
        && eventType == other.eventType
        && type == other.type
        && amount.compareTo(other.amount) == 0
        && eventChange.compareTo(other.eventChange) == 0
        && mrrAfter.compareTo(other.mrrAfter) == 0
        && customers == other.customers
        && occurredAt.equals(other.occurredAt);
  }

  public long getEventId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public long getCustomerId() {
    return customerId;
  }

  /** Loaded when the movement was read for a list. */
  public Customer getCustomer() {
    return customer;
  }

  public EventType getEventType() {
    return eventType;
  }

  public MovementType getType() {
    return type;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getEventChange() {
    return eventChange;
  }

  public BigDecimal getMrrAfter() {
    return mrrAfter;
  }

  public int getCustomers() {
    return customers;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
