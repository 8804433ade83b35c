package com.zangsho.persistence.order;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.customer.CustomerFigures;
import com.zangsho.domain.money.Money;
import com.zangsho.domain.order.Order;
import com.zangsho.domain.order.OrderFilter;
import com.zangsho.domain.order.OrderRepository;
import com.zangsho.domain.order.OrderStats;
import com.zangsho.domain.order.OrderStatus;
import com.zangsho.domain.order.PaymentMethod;
import com.zangsho.domain.page.Cursor;
import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.ListOrder;
import com.zangsho.persistence.ListQuery;
import com.zangsho.persistence.Locking;
import com.zangsho.persistence.Paging;
import com.zangsho.persistence.TenantWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaOrderRepository extends JpaRecords<Order> implements OrderRepository {
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
    return Locking.keyLookup(
        em,
        "select o.* from orders o where o.tenant_id = ?1 and o.order_no in (?2)",
        Order.class,
        lock,
        tenantId,
        orderNos);
  }

  @Override
  public Page<Order> search(long tenantId, OrderFilter filter, PageRequest page) {
    TenantWhere where =
        new TenantWhere("o", tenantId)
            .equal("status", "status", filter.status())
            .equal("customer.id", "customerId", filter.customerId())
            .within("businessAt", filter.businessDays());
    return Paging.page(em, LIST, where, page);
  }

  @Override
  public List<OrderStats.Tally> tally(long tenantId, DateRange businessDays) {
    TenantWhere where = new TenantWhere("o", tenantId).within("businessAt", businessDays);
    List<Object[]> rows =
        where
            .bind(
                em.createQuery(
                    "select o.status, o.paymentMethod, o.currency, count(o), sum(o.amount)"
                        + " from SalesOrder o"
                        + where
                        + " group by o.status, o.paymentMethod, o.currency",
                    Object[].class))
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new OrderStats.Tally(
                    (OrderStatus) row[0],
                    (PaymentMethod) row[1],
                    (String) row[2],
                    (Long) row[3],
                    new Money((BigDecimal) row[4])))
        .toList();
  }

  @Override
  public Map<Long, CustomerFigures> figuresByCustomer(long tenantId, Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createNamedQuery(Order.FIGURES_BY_CUSTOMER, Object[].class)
            .setParameter("tenantId", tenantId)
            .setParameter("customerIds", customerIds)
            .setParameter("paid", OrderStatus.PAID)
            .getResultList();
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
