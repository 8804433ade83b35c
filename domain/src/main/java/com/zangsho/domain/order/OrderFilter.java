package com.zangsho.domain.order;

import com.zangsho.domain.WireNamed;
import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.validation.Ids;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of {@code GET /v1/orders}; a null one does not filter.
 *
 * @param created the days the orders were created on
 */
public record OrderFilter(OrderStatus status, Long customerId, DateRange created) {
  public static final String STATUS = "status";
  public static final String CUSTOMER_ID = "customer_id";

  /**
   * From the query parameters as sent (null when absent).
   *
   * @throws ValidationException naming every parameter that is not a valid value
   */
  public static OrderFilter fromQuery(
      String status, String customerId, String startDate, String endDate) {
    List<Violation> violations = new ArrayList<>();
    OrderStatus statusValue = null;
    if (status != null && !status.isBlank()) {
      statusValue = WireNamed.fromWireName(OrderStatus.class, status.strip()).orElse(null);
      if (statusValue == null) {
        violations.add(Violation.of(STATUS, Rule.IN));
      }
    }
    Long customerIdValue = null;
    if (customerId != null && !customerId.isBlank()) {
      customerIdValue = Ids.parse(customerId.strip()).orElse(null);
      if (customerIdValue == null) {
        violations.add(Violation.of(CUSTOMER_ID, Rule.INTEGER));
      }
    }
    DateRange created = DateRange.fromQuery(startDate, endDate, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return new OrderFilter(statusValue, customerIdValue, created);
  }
}
