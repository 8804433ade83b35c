package com.zangsho.domain.order;

import com.zangsho.domain.TenantRecord;
import com.zangsho.domain.billing.BillingCycle;
import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.money.Currencies;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A customer's order. {@code order_no} is unique per tenant (the unique key {@code (tenant_id,
 * order_no)}). Amounts are {@code DECIMAL(14,2)}: twelve integer digits and two decimals, the
 * contract's money. Ids come from a pooled table generator, as customers' do, so a batch inserts as
 * one JDBC batch.
 *
 * <p>The entity is named {@code SalesOrder} in queries because {@code order} is a keyword there.
 */
@Entity(name = "SalesOrder")
@Table(name = "orders")
@NamedQuery(
    name = Order.FIND_BY_ORDER_NO,
    query =
        "select o from SalesOrder o join fetch o.customer"
            + " where o.tenantId = :tenantId and o.orderNo = :orderNo")
@NamedQuery(
    name = Order.EXISTS_FOR_CUSTOMER,
    query =
        "select o.id from SalesOrder o"
            + " where o.tenantId = :tenantId and o.customer.id = :customerId")
public class Order extends TenantRecord {
  public static final String FIND_BY_ORDER_NO = "Order.findByOrderNo";
  public static final String EXISTS_FOR_CUSTOMER = "Order.existsForCustomer";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "order_ids")
  @TableGenerator(
      name = "order_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "orders",
      allocationSize = 1000)
  private Long id;

  @Column(name = "order_no", nullable = false, updatable = false)
  private String orderNo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false)
  private String currency;

  @Convert(converter = OrderStatus.Converter.class)
  @Column(nullable = false)
  private OrderStatus status;

  @Convert(converter = PaymentMethod.Converter.class)
  @Column(name = "payment_method")
  private PaymentMethod paymentMethod;

  @Convert(converter = BillingCycle.Converter.class)
  @Column(name = "billing_cycle")
  private BillingCycle billingCycle;

  @Convert(converter = Source.Converter.class)
  @Column(nullable = false, updatable = false)
  private Source source;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "refunded_at")
  private Instant refundedAt;

  @Column(name = "failed_at")
  private Instant failedAt;

  private String metadata;

  /**
   * The date every date range over orders selects by (the list's and the stats'): when it was paid,
   * for an order that has a {@code paid_at}, else when it was created. Imported history then counts
   * in its own months, not in the month it was imported. Kept in a column so the ranges use the
   * index {@code (tenant_id, business_at)}.
   */
  @Column(name = "business_at", nullable = false)
  private Instant businessAt;

  /**
   * The business date's UTC day, as days since 1970-01-01: a date range's page in id order reads
   * the index {@code (tenant_id, business_day, id)} one day at a time.
   */
  @Column(name = "business_day", nullable = false)
  private int businessDay;

  protected Order() {}

  /**
   * A new order from input that passed {@link OrderRules#validate}, for {@code customer} (the one
   * the input names). Absent fields take the contract's defaults: {@code TWD}, {@code pending}.
   */
  public Order(long tenantId, OrderInput input, Customer customer, Source source) {
    super(tenantId);
    this.orderNo = Objects.requireNonNull(input.orderNo(), "order_no");
    this.customer = Objects.requireNonNull(customer, "customer");
    this.amount = input.amount().orElseThrow().amount();
    this.currency = input.currency().orElse(Currencies.DEFAULT);
    this.status = input.status().orElse(OrderStatus.DEFAULT);
    this.source = source;
    applyNonEmpty(input, customer);
  }

  /**
   * Batch-update semantics (the original's 「只更新非空欄位」): every field the input gives with a value is
   * set, the rest stay; the order moves to {@code customer}, the one the item names.
   */
  public void applyNonEmpty(OrderInput input, Customer customer) {
    this.customer = Objects.requireNonNull(customer, "customer");
    input.amount().ifPresent(value -> amount = value.amount());
    input.currency().ifPresent(value -> currency = value);
    input.status().ifPresent(value -> status = value);
    input.paymentMethod().ifPresent(value -> paymentMethod = value);
    input.billingCycle().ifPresent(value -> billingCycle = value);
    input.instant(OrderField.PAID_AT).ifPresent(value -> paidAt = value);
    input.instant(OrderField.REFUNDED_AT).ifPresent(value -> refundedAt = value);
    input.instant(OrderField.FAILED_AT).ifPresent(value -> failedAt = value);
    input.metadata().ifPresent(value -> metadata = value);
  }

  @PrePersist
  @PreUpdate
  void stampBusinessDate() {
    businessAt = paidAt != null ? paidAt : getCreatedAt();
    businessDay = (int) LocalDate.ofInstant(businessAt, ZoneOffset.UTC).toEpochDay();
  }

  public Long getId() {
    return id;
  }

  public Instant getBusinessAt() {
    return businessAt;
  }

  public String getOrderNo() {
    return orderNo;
  }

  public Customer getCustomer() {
    return customer;
  }

  public Money getAmount() {
    return new Money(amount);
  }

  public String getCurrency() {
    return currency;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public PaymentMethod getPaymentMethod() {
    return paymentMethod;
  }

  public BillingCycle getBillingCycle() {
    return billingCycle;
  }

  public Source getSource() {
    return source;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public Instant getRefundedAt() {
    return refundedAt;
  }

  public Instant getFailedAt() {
    return failedAt;
  }

  /** The metadata object as JSON text, or null. */
  public String getMetadata() {
    return metadata;
  }
}
