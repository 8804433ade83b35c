package com.zangsho.web.order;

import com.zangsho.domain.order.OrderStats;
import com.zangsho.domain.page.DateRange;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /v1/orders/stats} on the wire: the range it covers, the totals, and the three
 * breakdowns, every amount in the contract's money format.
 */
@JsonbPropertyOrder({
  "startDate",
  "endDate",
  "orderCount",
  "totalAmount",
  "paidOrderCount",
  "paidRevenue",
  "averagePaidOrder",
  "byStatus",
  "byPaymentMethod",
  "byCurrency"
})
@Schema(name = "OrderStats", description = "訂單統計;日期範圍依業務日期(見操作說明)")
public record OrderStatsJson(
    @Schema(nullable = true) String startDate,
    @Schema(nullable = true) String endDate,
    long orderCount,
    String totalAmount,
    long paidOrderCount,
    String paidRevenue,
    String averagePaidOrder,
    List<StatusJson> byStatus,
    List<PaymentMethodJson> byPaymentMethod,
    List<CurrencyJson> byCurrency) {

  @JsonbPropertyOrder({"status", "count", "amount"})
  @Schema(name = "OrderStatsByStatus", description = "某狀態的筆數與金額")
  public record StatusJson(
      @Schema(enumeration = {"pending", "paid", "failed", "refunded", "cancelled"}) String status,
      long count,
      String amount) {}

  @JsonbPropertyOrder({"paymentMethod", "count", "amount"})
  @Schema(
      name = "OrderStatsByPaymentMethod",
      description = "某付款方式的筆數與金額;payment_method 為 null 表示未提供")
  public record PaymentMethodJson(
      @Schema(nullable = true) String paymentMethod, long count, String amount) {}

  @JsonbPropertyOrder({
    "currency",
    "count",
    "amount",
    "paidOrderCount",
    "paidRevenue",
    "averagePaidOrder"
  })
  @Schema(name = "OrderStatsByCurrency", description = "某幣別的筆數、金額與已付款營收")
  public record CurrencyJson(
      String currency,
      long count,
      String amount,
      long paidOrderCount,
      String paidRevenue,
      String averagePaidOrder) {}

  public static OrderStatsJson of(OrderStats stats, DateRange range) {
    return new OrderStatsJson(
        range.firstDay() == null ? null : range.firstDay().toString(),
        range.lastDay() == null ? null : range.lastDay().toString(),
        stats.orderCount(),
        stats.totalAmount().toWire(),
        stats.paidOrderCount(),
        stats.paidRevenue().toWire(),
        stats.averagePaidOrder().toWire(),
        stats.byStatus().stream()
            .map(g -> new StatusJson(g.key().wireName(), g.count(), g.amount().toWire()))
            .toList(),
        stats.byPaymentMethod().stream()
            .map(
                g ->
                    new PaymentMethodJson(
                        g.key() == null ? null : g.key().wireName(),
                        g.count(),
                        g.amount().toWire()))
            .toList(),
        stats.byCurrency().stream()
            .map(
                c ->
                    new CurrencyJson(
                        c.currency(),
                        c.count(),
                        c.amount().toWire(),
                        c.paidCount(),
                        c.paidRevenue().toWire(),
                        c.averagePaidOrder().toWire()))
            .toList());
  }

  /** The envelope {@code OrderStatsResponse} of the OpenAPI document. */
  @Schema(name = "OrderStatsResponse", description = "{\"data\": 訂單統計}")
  public record Response(OrderStatsJson data) {}
}
