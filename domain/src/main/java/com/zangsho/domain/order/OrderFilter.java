package com.zangsho.domain.order;

import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.QueryFilters;

/**
 * The filters of {@code GET /v1/orders}; a null one does not filter.
 *
 * @param businessDays the days of the orders' {@link Order#getBusinessAt() business date}
 */
public record OrderFilter(OrderStatus status, Long customerId, DateRange businessDays) {
  /**
   * From the query parameters as sent (null when absent).
   *
   * @throws com.zangsho.domain.validation.ValidationException naming every bad parameter
   */
  public static OrderFilter fromQuery(
      String status, String customerId, String startDate, String endDate) {
    QueryFilters query = new QueryFilters();
    OrderFilter filter =
        new OrderFilter(
            query.oneOf("status", status, OrderStatus.class),
            query.id("customer_id", customerId),
            query.dates(startDate, endDate));
    query.requireValid();
    return filter;
  }
}
