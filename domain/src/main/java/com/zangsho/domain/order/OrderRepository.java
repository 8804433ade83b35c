package com.zangsho.domain.order;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.customer.CustomerFigures;
import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders of one tenant at a time: every method takes the tenant. Joins the caller's transaction.
 */
public interface OrderRepository {
  /** With its customer loaded. */
  Optional<Order> findByOrderNo(long tenantId, String orderNo);

  /** In one query: the orders whose {@code order_no} is among those given. */
  List<Order> findByOrderNos(long tenantId, Collection<String> orderNos, RowLock lock);

  /** Ordered by id, each with its customer loaded. */
  Page<Order> search(long tenantId, OrderFilter filter, PageRequest page);

  /**
   * One row per status, payment method and currency of the orders whose business date is in range.
   */
  List<OrderStats.Tally> tally(long tenantId, DateRange businessDays);

  /**
   * Adds what a write changed to the totals {@link #tally} reads; every write of orders calls it
   * last in its transaction, after the orders are flushed.
   */
  void addToDayTotals(long tenantId, OrderDayTotals totals);

  /**
   * In one query: the figures of each customer given that has orders; customers without orders are
   * absent from the map.
   */
  Map<Long, CustomerFigures> figuresByCustomer(long tenantId, Collection<Long> customerIds);

  boolean existsForCustomer(long tenantId, long customerId);

  void add(Order order);

  /**
   * Inserts new rows now, as one JDBC batch with every other pending change, so that a unique key
   * taken by a concurrent transaction surfaces here as {@link
   * com.zangsho.domain.ConcurrentWriteException}; the rows are not tracked afterwards.
   */
  void insertAll(Collection<Order> orders);

  /** As {@link com.zangsho.domain.customer.CustomerRepository#flush()}. */
  void flush();
}
