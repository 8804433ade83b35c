package com.zangsho.domain.order;

import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.QueryFilters;

/**
 * The filters of {@code GET /v1/orders}; a null one does not filter.
 *
 * @param orderNo the one order number to list, exactly as stored: the way to read an order whose
 *     number is also a path of its own ({@code stats})
 * @param businessDays the days of the orders' {@link Order#getBusinessAt() business date}
 */
public record OrderFilter(
    String orderNo, OrderStatus status, Long customerId, DateRange businessDays) {
  /**
   * From the query parameters as sent (null when absent).
   *
   * @throws com.zangsho.domain.validation.ValidationException naming every bad parameter
   */
  public static OrderFilter fromQuery(
      String orderNo, String status, String customerId, String startDate, String endDate) {
    QueryFilters query = new QueryFilters();
    OrderFilter filter =
        new OrderFilter(
            orderNo == null || orderNo.isEmpty() ? null : orderNo,
            query.oneOf("status", status, OrderStatus.class),
            query.id("customer_id", customerId),
            query.dates(startDate, endDate));
    query.requireValid();
    return filter;
  }
}
