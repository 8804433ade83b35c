package com.zangsho.domain.subscription;

import com.zangsho.domain.TenantRecord;
import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.money.Money;
import com.zangsho.domain.money.MoneyChange;
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
 * One entry of a customer's subscription history. The triple customer, {@code event_type}, {@code
 * occurred_at} is unique (the unique key {@code (tenant_id, customer_id, event_type,
 * occurred_at)}), so importing the same history twice records it once.
 *
 * <p>{@code amount_change} is {@code new − old} unless given, a missing amount counting as zero:
 * {@code +990.00} for a new subscription, {@code −990.00} for a cancelled one.
 */
@Entity
@Table(name = "subscription_events")
@NamedQuery(
    name = SubscriptionEvent.FIND_BY_KEY,
    query =
        "select e.id from SubscriptionEvent e where e.tenantId = :tenantId"
            + " and e.customer.id = :customerId and e.eventType = :eventType"
            + " and e.occurredAt = :occurredAt")
@NamedQuery(
    name = SubscriptionEvent.LATEST_BETWEEN,
    query =
        "select max(e.occurredAt) from SubscriptionEvent e where e.tenantId = :tenantId"
            + " and e.customer.id = :customerId and e.occurredAt between :from and :until")
@NamedQuery(
    name = SubscriptionEvent.EXISTS_FOR_CUSTOMER,
    query =
        "select e.id from SubscriptionEvent e"
            + " where e.tenantId = :tenantId and e.customer.id = :customerId")
public class SubscriptionEvent extends TenantRecord {
  public static final String FIND_BY_KEY = "SubscriptionEvent.findByKey";
  public static final String EXISTS_FOR_CUSTOMER = "SubscriptionEvent.existsForCustomer";
  public static final String LATEST_BETWEEN = "SubscriptionEvent.latestBetween";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "subscription_event_ids")
  @TableGenerator(
      name = "subscription_event_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "subscription_events",
      allocationSize = 1000)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false, updatable = false)
  private Customer customer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subscription_id")
  private Subscription subscription;

  @Convert(converter = EventType.Converter.class)
  @Column(name = "event_type", nullable = false, updatable = false)
  private EventType eventType;

  @Convert(converter = Source.Converter.class)
  @Column(nullable = false, updatable = false)
  private Source source;

  @Column(name = "old_amount", precision = 14, scale = 2)
  private BigDecimal oldAmount;

  @Column(name = "new_amount", precision = 14, scale = 2)
  private BigDecimal newAmount;

  @Column(name = "amount_change", precision = 15, scale = 2)
  private BigDecimal amountChange;

  @Column(name = "old_plan")
  private String oldPlan;

  @Column(name = "new_plan")
  private String newPlan;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected SubscriptionEvent() {}

  private SubscriptionEvent(
      long tenantId,
      Customer customer,
      Subscription subscription,
      EventType eventType,
      Source source,
      Instant occurredAt) {
    super(tenantId);
    this.customer = Objects.requireNonNull(customer, "customer");
    this.subscription = subscription;
    this.eventType = Objects.requireNonNull(eventType, "event_type");
    this.source = source;
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurred_at");
  }

  /** The event a single write of {@code subscription} records: source {@code system}. */
  static SubscriptionEvent recorded(
      Subscription subscription,
      EventType type,
      Money oldAmount,
      Money newAmount,
      String oldPlan,
      String newPlan,
      Instant occurredAt) {
    SubscriptionEvent event =
        new SubscriptionEvent(
            subscription.getTenantId(),
            subscription.getCustomer(),
            subscription,
            type,
            Source.SYSTEM,
            occurredAt);
    event.oldAmount = oldAmount == null ? null : oldAmount.amount();
    event.newAmount = newAmount == null ? null : newAmount.amount();
    event.amountChange = MoneyChange.between(oldAmount, newAmount).amount();
    event.oldPlan = oldPlan;
    event.newPlan = newPlan;
    return event;
  }

  /**
   * An event a client records, from input that passed {@link EventRules#validate}, for {@code
   * customer} and the customer's subscription if there is one.
   */
  public SubscriptionEvent(
      long tenantId,
      EventInput input,
      Customer customer,
      Subscription subscription,
      Source source) {
    this(
        tenantId,
        customer,
        subscription,
        input.eventType().orElseThrow(),
        source,
        input.occurredAt().orElseThrow());
    applyNonEmpty(input);
  }

  /**
   * Batch-update semantics: the amounts and plans the input gives replace the stored ones; {@code
   * amount_change} follows them unless the input gives it.
   */
  public void applyNonEmpty(EventInput input) {
    input.amount(EventField.OLD_AMOUNT).ifPresent(value -> oldAmount = value.amount());
    input.amount(EventField.NEW_AMOUNT).ifPresent(value -> newAmount = value.amount());
    if (input.get(EventField.OLD_PLAN) != null) {
      oldPlan = input.get(EventField.OLD_PLAN);
    }
    if (input.get(EventField.NEW_PLAN) != null) {
      newPlan = input.get(EventField.NEW_PLAN);
    }
    Optional<MoneyChange> givenChange = input.amountChange();
    boolean amountsGiven =
        input.get(EventField.OLD_AMOUNT) != null || input.get(EventField.NEW_AMOUNT) != null;
    if (givenChange.isPresent()) {
      amountChange = givenChange.get().amount();
    } else if (amountsGiven) {
      amountChange = MoneyChange.between(getOldAmount(), getNewAmount()).amount();
    }
  }

  /** What identifies the event: no two share customer, type and time. */
  public record Key(long customerId, EventType eventType, Instant occurredAt) {}

  public Key key() {
    return new Key(customer.getId(), eventType, occurredAt);
  }

  /** Dates an event the server dated itself anew, before it is stored. */
  public void redate(Instant occurredAt) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurred_at");
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  /** The customer's subscription when the event was recorded, or null. */
  public Subscription getSubscription() {
    return subscription;
  }

  public EventType getEventType() {
    return eventType;
  }

  public Source getSource() {
    return source;
  }

  public Money getOldAmount() {
    return oldAmount == null ? null : new Money(oldAmount);
  }

  public Money getNewAmount() {
    return newAmount == null ? null : new Money(newAmount);
  }

  public MoneyChange getAmountChange() {
    return amountChange == null ? null : new MoneyChange(amountChange);
  }

  public String getOldPlan() {
    return oldPlan;
  }

  public String getNewPlan() {
    return newPlan;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
