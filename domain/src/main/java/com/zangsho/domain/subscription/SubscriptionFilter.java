package com.zangsho.domain.subscription;

import com.zangsho.domain.page.QueryFilters;

/** The filters of {@code GET /v1/subscriptions}; a null one does not filter. */
public record SubscriptionFilter(SubscriptionStatus status, Long customerId) {
  /**
   * @throws com.zangsho.domain.validation.ValidationException naming every bad parameter
   */
  public static SubscriptionFilter fromQuery(String status, String customerId) {
    QueryFilters query = new QueryFilters();
    SubscriptionFilter filter =
        new SubscriptionFilter(
            query.oneOf("status", status, SubscriptionStatus.class),
            query.id("customer_id", customerId));
    query.requireValid();
    return filter;
  }
}
