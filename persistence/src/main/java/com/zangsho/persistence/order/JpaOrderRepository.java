package com.zangsho.persistence.order;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.WireNamed;
import com.zangsho.domain.customer.CustomerFigures;
import com.zangsho.domain.money.Money;
import com.zangsho.domain.order.Order;
import com.zangsho.domain.order.OrderDayTotals;
import com.zangsho.domain.order.OrderFilter;
import com.zangsho.domain.order.OrderRepository;
import com.zangsho.domain.order.OrderStats;
import com.zangsho.domain.order.OrderStatus;
import com.zangsho.domain.order.PaymentMethod;
import com.zangsho.domain.page.Cursor;
import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.persistence.Flushing;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.ListOrder;
import com.zangsho.persistence.ListQuery;
import com.zangsho.persistence.Locking;
import com.zangsho.persistence.Paging;
import com.zangsho.persistence.ReportsRaces;
import com.zangsho.persistence.TenantKeyList;
import com.zangsho.persistence.TenantWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaOrderRepository extends JpaRecords<Order> implements OrderRepository {
  /** A date range of at most this many days is listed one day at a time. */
  private static final int DAYS_MERGED = 92;

  /**
   * Past this offset each day would give as many rows as the offset: a deeper page by number reads
   * the range in id order as before (a cursor page is always merged).
   */
  private static final long DEEPEST_OFFSET_MERGED = 1000;

  /** The list's query: what it reads, in which order, and how a page continues. */
  private static final ListQuery<Order> LIST =
      new ListQuery<>(
          Order.class,
          "SalesOrder o",
          " join fetch o.customer",
          ListOrder.BY_ID,
          order -> Cursor.of(order.getId()));

  @Override
  public Optional<Order> findByOrderNo(long tenantId, String orderNo) {
    return em.createNamedQuery(Order.FIND_BY_ORDER_NO, Order.class)
        .setParameter("tenantId", tenantId)
        .setParameter("orderNo", orderNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Order> findByOrderNos(long tenantId, Collection<String> orderNos, RowLock lock) {
    if (orderNos.isEmpty()) {
      return List.of();
    }
    return Locking.keyLookup(em, Order.class, lock, tenantId, "orders", "order_no", orderNos, null);
  }

  @Override
  public Page<Order> search(long tenantId, OrderFilter filter, PageRequest page) {
    DateRange days = filter.businessDays();
    if (filter.customerId() == null
        && filter.orderNo() == null
        && days.firstDay() != null
        && days.lastDay() != null
        && ChronoUnit.DAYS.between(days.firstDay(), days.lastDay()) < DAYS_MERGED
        && page.offset() <= DEEPEST_OFFSET_MERGED) {
      return searchDayByDay(tenantId, filter.status(), days, page);
    }
    TenantWhere where =
        new TenantWhere("o", tenantId)
            .equal("orderNo", "orderNo", filter.orderNo())
            .equal("status", "status", filter.status())
            .equal("customer.id", "customerId", filter.customerId())
            .within("businessAt", filter.businessDays());
    return Paging.page(em, LIST, where, page);
  }

  /**
   * A date range's page in id order, one day at a time: each day's first rows past the page's start
   * are a range of {@code ix_orders_business_day}, and their union, sorted, holds the page. Sorting
   * the range's orders by id instead reads every one of them (a month of a large tenant: 250,000).
   * The total is exact, from the day totals the stats read.
   */
  private Page<Order> searchDayByDay(
      long tenantId, OrderStatus status, DateRange days, PageRequest page) {
    if (page.isKeyset()) {
      LIST.order().check(page.after());
    }
    long wanted = page.offset() + page.perPage() + 1;
    List<Object> parameters = new ArrayList<>();
    StringJoiner eachDay = new StringJoiner(" union all ");
    for (LocalDate day = days.firstDay(); !day.isAfter(days.lastDay()); day = day.plusDays(1)) {
      StringBuilder sql =
          new StringBuilder("(select id from orders where tenant_id = ? and business_day = ?");
      parameters.add(tenantId);
      parameters.add(day.toEpochDay());
      if (status != null) {
        sql.append(" and status = ?");
        parameters.add(status.wireName());
      }
      if (page.isKeyset()) {
        sql.append(" and id > ?");
        parameters.add(page.after().key(0));
      }
      eachDay.add(sql.append(" order by id limit ").append(wanted).append(')'));
    }
    Query ids = em.createNativeQuery("select id from (" + eachDay + ") days order by id");
    for (int i = 0; i < parameters.size(); i++) {
      ids.setParameter(i + 1, parameters.get(i));
    }
    List<Long> pageIds =
        ((List<?>)
                ids.setFirstResult((int) page.offset())
                    .setMaxResults(page.perPage() + 1)
                    .getResultList())
            .stream().map(id -> ((Number) id).longValue()).toList();
    return Paging.of(
        Paging.withIds(em, LIST, tenantId, pageIds),
        page,
        countByDays(tenantId, status, days),
        true,
        LIST.cursorOf());
  }

  /** The orders of a date range, with one status if given, from the day totals. */
  private long countByDays(long tenantId, OrderStatus status, DateRange days) {
    Query count =
        em.createNativeQuery(
                "select coalesce(sum(order_count), 0) from order_day_totals where tenant_id = ?1"
                    + " and business_day >= ?2 and business_day <= ?3"
                    + (status == null ? "" : " and status = ?4"))
            .setParameter(1, tenantId)
            .setParameter(2, days.firstDay().toString())
            .setParameter(3, days.lastDay().toString());
    if (status != null) {
      count.setParameter(4, status.wireName());
    }
    return ((Number) count.getSingleResult()).longValue();
  }

  /**
   * Sums {@code order_day_totals}, not the orders (see {@link OrderDayTotals}). Days are bound as
   * ISO text, which both databases read as a DATE: Hibernate's binding of a {@code LocalDate} goes
   * through {@code hibernate.jdbc.time_zone} and can move it a day in a JVM that is not on UTC.
   */
  @Override
  public List<OrderStats.Tally> tally(long tenantId, DateRange businessDays) {
    StringBuilder sql =
        new StringBuilder(
            "select status, payment_method, currency, sum(order_count), sum(amount)"
                + " from order_day_totals where tenant_id = :tenantId and order_count <> 0");
    Map<String, Object> parameters = new HashMap<>(Map.of("tenantId", tenantId));
    if (businessDays.firstDay() != null) {
      sql.append(" and business_day >= :firstDay");
      parameters.put("firstDay", businessDays.firstDay().toString());
    }
    if (businessDays.lastDay() != null) {
      sql.append(" and business_day <= :lastDay");
      parameters.put("lastDay", businessDays.lastDay().toString());
    }
    sql.append(" group by status, payment_method, currency");
    Query query = em.createNativeQuery(sql.toString());
    parameters.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new OrderStats.Tally(
                    WireNamed.fromWireName(OrderStatus.class, (String) row[0]).orElseThrow(),
                    WireNamed.fromWireName(PaymentMethod.class, (String) row[1]).orElse(null),
                    (String) row[2],
                    ((Number) row[3]).longValue(),
                    new Money(((BigDecimal) row[4]).setScale(Money.MAX_DECIMALS))))
        .toList();
  }

  /**
   * One statement for the whole change, its rows in {@link OrderDayTotals.Change}'s key order. Run
   * last in a write's transaction: the rows it locks are then the last locks the write takes.
   */
  @Override
  public void addToDayTotals(long tenantId, OrderDayTotals totals) {
    List<OrderDayTotals.Change> changes = totals.changes();
    if (changes.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "insert into order_day_totals (tenant_id, business_day, status, payment_method,"
                + " currency, order_count, amount) values ");
    List<Object> values = new ArrayList<>();
    for (OrderDayTotals.Change change : changes) {
      sql.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
      values.add(tenantId);
      values.add(change.day().toString());
      values.add(change.status().wireName());
      values.add(change.paymentMethod() == null ? "" : change.paymentMethod().wireName());
      values.add(change.currency());
      values.add(change.count());
      values.add(change.amount());
    }
    // VALUES(column) rather than MySQL 8's row alias: MariaDB and H2 know only the former.
    sql.append(
        " on duplicate key update order_count = order_count + values(order_count),"
            + " amount = amount + values(amount)");
    Query upsert = em.createNativeQuery(sql.toString());
    for (int i = 0; i < values.size(); i++) {
      upsert.setParameter(i + 1, values.get(i));
    }
    try {
      upsert.executeUpdate();
    } catch (PersistenceException e) {
      throw Flushing.translate(e);
    }
  }

  @Override
  public Map<Long, CustomerFigures> figuresByCustomer(long tenantId, Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return Map.of();
    }
    // By customer through TenantKeyList: on H2 a JPQL 'customer.id in (…)' walked the tenant's
    // orders for every page of customers.
    TenantKeyList keys = TenantKeyList.of(em, "orders", "customer_id", customerIds);
    Query query =
        em.createNativeQuery(
            "select t.customer_id, count(*) as orders_count,"
                + " sum(case when t.status = ?3 then t.amount end) as ltv,"
                + " min(case when t.status = ?3 then t.paid_at end) as first_paid,"
                + " max(case when t.status = ?3 then t.paid_at end) as last_paid "
                + keys.fromWhere()
                + " group by t.customer_id");
    query
        .unwrap(NativeQuery.class)
        .addScalar("customer_id", Long.class)
        .addScalar("orders_count", Long.class)
        .addScalar("ltv", BigDecimal.class)
        .addScalar("first_paid", Instant.class)
        .addScalar("last_paid", Instant.class)
        .addSynchronizedEntityClass(Order.class);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        keys.bind(query, tenantId).setParameter(3, OrderStatus.PAID.wireName()).getResultList();
    Map<Long, CustomerFigures> figures = new HashMap<>();
    for (Object[] row : rows) {
      BigDecimal ltv = (BigDecimal) row[2];
      figures.put(
          (Long) row[0],
          new CustomerFigures(
              ltv == null ? Money.ZERO : new Money(ltv),
              (Long) row[1],
              (Instant) row[3],
              (Instant) row[4]));
    }
    return figures;
  }

  @Override
  public boolean existsForCustomer(long tenantId, long customerId) {
    return !em.createNamedQuery(Order.EXISTS_FOR_CUSTOMER, Long.class)
        .setParameter("tenantId", tenantId)
        .setParameter("customerId", customerId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
