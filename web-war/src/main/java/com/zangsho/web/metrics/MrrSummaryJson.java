package com.zangsho.web.metrics;

import com.zangsho.domain.metrics.MrrSummary;
import com.zangsho.web.json.Wire;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The summary on the wire; rates as decimal strings with four decimals. */
@JsonbPropertyOrder({
  "date",
  "mrr",
  "arr",
  "customers",
  "arpa",
  "periodStart",
  "periodEnd",
  "startingMrr",
  "startingCustomers",
  "churnedCustomers",
  "grossMrrChurnRate",
  "netMrrChurnRate",
  "netMrrRetention",
  "customerChurnRate"
})
@Schema(name = "MrrSummary", description = "某日結束時的營收指標,與到該日為止一個月的比率")
public record MrrSummaryJson(
    String date,
    String mrr,
    String arr,
    long customers,
    @Schema(nullable = true) String arpa,
    String periodStart,
    String periodEnd,
    String startingMrr,
    long startingCustomers,
    long churnedCustomers,
    @Schema(nullable = true) String grossMrrChurnRate,
    @Schema(nullable = true) String netMrrChurnRate,
    @Schema(nullable = true) String netMrrRetention,
    @Schema(nullable = true) String customerChurnRate) {

  static MrrSummaryJson of(MrrSummary summary) {
    return new MrrSummaryJson(
        summary.date().toString(),
        Wire.amount(summary.mrr()),
        Wire.amount(summary.arr()),
        summary.customers(),
        Wire.amount(summary.arpa()),
        summary.periodStart().toString(),
        summary.date().toString(),
        Wire.amount(summary.startingMrr()),
        summary.startingCustomers(),
        summary.churnedCustomers(),
        rate(summary.grossMrrChurnRate()),
        rate(summary.netMrrChurnRate()),
        rate(summary.netMrrRetention()),
        rate(summary.customerChurnRate()));
  }

  private static String rate(BigDecimal rate) {
    return rate == null ? null : rate.toPlainString();
  }

  /** The envelope {@code MrrSummaryResponse} of the OpenAPI document. */
  @Schema(name = "MrrSummaryResponse", description = "{\"data\": 營收指標摘要}")
  public record Response(MrrSummaryJson data) {}
}
