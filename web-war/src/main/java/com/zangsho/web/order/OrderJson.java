package com.zangsho.web.order;

import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.order.Order;
import com.zangsho.web.json.JsonText;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.json.Timestamps;
import com.zangsho.web.json.Wire;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order on the wire (docs/api.md §6), with the customer it belongs to. */
@JsonbPropertyOrder({
  "id",
  "orderNo",
  "amount",
  "currency",
  "status",
  "paymentMethod",
  "source",
  "billingCycle",
  "paidAt",
  "refundedAt",
  "failedAt",
  "metadata",
  "customerId",
  "customerEmail",
  "customerName",
  "createdAt",
  "updatedAt"
})
@Schema(name = "Order", description = "訂單,含所屬客戶")
public record OrderJson(
    long id,
    String orderNo,
    @Schema(example = "1990.00") String amount,
    String currency,
    @Schema(enumeration = {"pending", "paid", "failed", "refunded", "cancelled"}) String status,
    @Schema(nullable = true) String paymentMethod,
    @Schema(enumeration = {"api", "import", "system"}) String source,
    @Schema(nullable = true) String billingCycle,
    @Schema(nullable = true) String paidAt,
    @Schema(nullable = true) String refundedAt,
    @Schema(nullable = true) String failedAt,
    @Schema(nullable = true) JsonObject metadata,
    long customerId,
    String customerEmail,
    @Schema(nullable = true) String customerName,
    String createdAt,
    String updatedAt) {

  public static OrderJson of(Order order) {
    Customer customer = order.getCustomer();
    return new OrderJson(
        order.getId(),
        order.getOrderNo(),
        order.getAmount().toWire(),
        order.getCurrency(),
        Wire.name(order.getStatus()),
        Wire.name(order.getPaymentMethod()),
        Wire.name(order.getSource()),
        Wire.name(order.getBillingCycle()),
        Timestamps.format(order.getPaidAt()),
        Timestamps.format(order.getRefundedAt()),
        Timestamps.format(order.getFailedAt()),
        JsonText.object(order.getMetadata()),
        customer.getId(),
        customer.getEmail(),
        customer.getName(),
        Timestamps.format(order.getCreatedAt()),
        Timestamps.format(order.getUpdatedAt()));
  }

  /** The envelope {@code OrderResponse} of the OpenAPI document. */
  @Schema(name = "OrderResponse", description = "{\"data\": 訂單}")
  public record Response(OrderJson data) {}

  /** The envelope {@code OrderPage} of the OpenAPI document. */
  @Schema(name = "OrderPage", description = "訂單列表與分頁資訊")
  public record Page(List<OrderJson> data, PageJson.Meta meta) {}
}
