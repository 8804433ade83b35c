package com.zangsho.application.order;

import com.zangsho.domain.order.Order;
import com.zangsho.domain.order.OrderFilter;
import com.zangsho.domain.order.OrderInput;
import com.zangsho.domain.order.OrderStats;
import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Caller;

/**
 * Single-order reads and writes (docs/api.md §6), always within the caller's tenant. Every order
 * returned has its customer loaded.
 */
public interface OrderService {
  /**
   * Creates the order with {@code source: api}. An unknown {@code customer_email} creates that
   * customer in the same transaction.
   *
   * @throws com.zangsho.domain.validation.ValidationException including a taken {@code order_no}
   *     and an unknown {@code customer_id}
   */
  Order create(Caller caller, OrderInput input);

  /**
   * @throws com.zangsho.domain.order.OrderNotFoundException when the tenant has no such order
   */
  Order get(Caller caller, String orderNo);

  Page<Order> list(Caller caller, OrderFilter filter, PageRequest page);

  OrderStats stats(Caller caller, DateRange businessDays);
}
