package com.zangsho.domain.subscription;

import com.zangsho.domain.ConflictException;
import com.zangsho.domain.TenantRecord;
import com.zangsho.domain.billing.BillingCycle;
import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's subscription. A customer has at most one: the unique key {@code (tenant_id,
 * customer_id)} holds that even against concurrent writers. The single-write methods ({@link
 * #change}, {@link #cancel}, {@link #reactivate}, {@link #createdEvent}) return the event the
 * change records; a batch import uses {@link #applyNonEmpty}, which records none.
 */
@Entity
@Table(name = "subscriptions")
@NamedQuery(
    name = Subscription.FIND_BY_ID,
    query =
        "select s from Subscription s join fetch s.customer"
            + " where s.tenantId = :tenantId and s.id = :id")
public class Subscription extends TenantRecord {
  public static final String FIND_BY_ID = "Subscription.findById";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "subscription_ids")
  @TableGenerator(
      name = "subscription_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "subscriptions",
      allocationSize = 1000)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false, updatable = false)
  private Customer customer;

  @Convert(converter = SubscriptionStatus.Converter.class)
  @Column(nullable = false)
  private SubscriptionStatus status;

  @Column(name = "plan_name")
  private String planName;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal mrr;

  @Convert(converter = BillingCycle.Converter.class)
  @Column(name = "billing_cycle", nullable = false)
  private BillingCycle billingCycle;

  @Convert(converter = Source.Converter.class)
  @Column(nullable = false, updatable = false)
  private Source source;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "current_period_start", nullable = false)
  private Instant currentPeriodStart;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancel_reason")
  private String cancelReason;

  protected Subscription() {}

  /**
   * A new subscription from input that passed {@link SubscriptionRules#validateNew}; {@code active}
   * unless the input says otherwise (a batch importing history may).
   */
  public Subscription(long tenantId, SubscriptionInput input, Customer customer, Source source) {
    super(tenantId);
    this.customer = Objects.requireNonNull(customer, "customer");
    this.source = source;
    this.status = SubscriptionStatus.ACTIVE;
    applyNonEmpty(input);
  }

  /** Batch-update semantics: every field given with a value is set, the rest stay. */
  public void applyNonEmpty(SubscriptionInput input) {
    input.status().ifPresent(value -> status = value);
    Optional.ofNullable(input.get(SubscriptionField.PLAN_NAME))
        .ifPresent(value -> planName = value);
    input.mrr().ifPresent(value -> mrr = value.amount());
    input.billingCycle().ifPresent(value -> billingCycle = value);
    input.instant(SubscriptionField.STARTED_AT).ifPresent(value -> startedAt = value);
    input
        .instant(SubscriptionField.CURRENT_PERIOD_START)
        .ifPresent(value -> currentPeriodStart = value);
    input.instant(SubscriptionField.CANCELLED_AT).ifPresent(value -> cancelledAt = value);
    Optional.ofNullable(input.get(SubscriptionField.CANCEL_REASON))
        .ifPresent(value -> cancelReason = value);
  }

  /** The {@code created} event of a new subscription, dated when it started. */
  public SubscriptionEvent createdEvent() {
    return SubscriptionEvent.recorded(
        this, EventType.CREATED, null, getMrr(), null, planName, startedAt);
  }

  /**
   * {@code PUT}: changes the plan name, mrr, billing cycle and period start the input gives (a plan
   * name given as null is cleared).
   *
   * @return {@code upgrade} when the mrr rose, {@code downgrade} when it fell, else nothing
   */
  public Optional<SubscriptionEvent> change(SubscriptionInput input, Instant now) {
    Money mrrBefore = getMrr();
    String planBefore = planName;
    if (input.isGiven(SubscriptionField.PLAN_NAME)) {
      planName = input.get(SubscriptionField.PLAN_NAME);
    }
    input.mrr().ifPresent(value -> mrr = value.amount());
    input.billingCycle().ifPresent(value -> billingCycle = value);
    input
        .instant(SubscriptionField.CURRENT_PERIOD_START)
        .ifPresent(value -> currentPeriodStart = value);
    int direction = getMrr().compareTo(mrrBefore);
    if (direction == 0) {
      return Optional.empty();
    }
    EventType type = direction > 0 ? EventType.UPGRADE : EventType.DOWNGRADE;
    return Optional.of(
        SubscriptionEvent.recorded(this, type, mrrBefore, getMrr(), planBefore, planName, now));
  }

  /**
   * @throws ConflictException when it is cancelled already
   */
  public SubscriptionEvent cancel(Instant at, String reason) {
    if (status == SubscriptionStatus.CANCELLED) {
      throw new ConflictException("subscription_already_cancelled");
    }
    status = SubscriptionStatus.CANCELLED;
    cancelledAt = at;
    cancelReason = reason;
    return SubscriptionEvent.recorded(
        this, EventType.CANCEL, getMrr(), Money.ZERO, planName, null, at);
  }

  /**
   * Makes a cancelled or paused subscription active again.
   *
   * @throws ConflictException when it is active already
   */
  public SubscriptionEvent reactivate(Instant at) {
    if (status == SubscriptionStatus.ACTIVE) {
      throw new ConflictException("subscription_already_active");
    }
    status = SubscriptionStatus.ACTIVE;
    cancelledAt = null;
    cancelReason = null;
    return SubscriptionEvent.recorded(
        this, EventType.REACTIVATED, Money.ZERO, getMrr(), null, planName, at);
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public SubscriptionStatus getStatus() {
    return status;
  }

  public String getPlanName() {
    return planName;
  }

  public Money getMrr() {
    return new Money(mrr);
  }

  public BillingCycle getBillingCycle() {
    return billingCycle;
  }

  public Source getSource() {
    return source;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCurrentPeriodStart() {
    return currentPeriodStart;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }
}
