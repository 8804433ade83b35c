package com.zangsho.domain.subscription;

import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.QueryFilters;

/**
 * The filters of {@code GET /v1/subscriptions/events}; a null one does not filter.
 *
 * @param occurred the days the events occurred on
 */
public record EventFilter(Long customerId, EventType eventType, DateRange occurred) {
  /**
   * @throws com.zangsho.domain.validation.ValidationException naming every bad parameter
   */
  public static EventFilter fromQuery(
      String customerId, String eventType, String startDate, String endDate) {
    QueryFilters query = new QueryFilters();
    EventFilter filter =
        new EventFilter(
            query.id("customer_id", customerId),
            query.oneOf("event_type", eventType, EventType.class),
            query.dates(startDate, endDate));
    query.requireValid();
    return filter;
  }
}
