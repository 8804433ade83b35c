package com.zangsho.domain.activity;

import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.QueryFilters;

/** The filters of {@code GET /v1/activity_logs}; a null one does not filter. */
public record ActivityFilter(String action, DateRange created) {
  /**
   * @throws com.zangsho.domain.validation.ValidationException naming every bad parameter
   */
  public static ActivityFilter fromQuery(String action, String startDate, String endDate) {
    QueryFilters query = new QueryFilters();
    ActivityFilter filter =
        new ActivityFilter(
            action == null || action.isBlank() ? null : action.strip(),
            query.dates(startDate, endDate));
    query.requireValid();
    return filter;
  }
}
