package com.zangsho.web.customer;

import com.zangsho.application.customer.CustomerView;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerFigures;
import com.zangsho.web.json.JsonText;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.json.Timestamps;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer on the wire (docs/api.md §5), with the figures its orders add up to. */
@JsonbPropertyOrder({
  "id",
  "email",
  "name",
  "phone",
  "externalId",
  "metadata",
  "ltv",
  "orderCount",
  "firstPaymentAt",
  "lastPaymentAt",
  "createdAt",
  "updatedAt"
})
@Schema(name = "Customer", description = "客戶,含由已付款訂單加總的 ltv、訂單數與付款日期")
public record CustomerJson(
    long id,
    String email,
    @Schema(nullable = true) String name,
    @Schema(nullable = true) String phone,
    @Schema(nullable = true) String externalId,
    @Schema(nullable = true) JsonObject metadata,
    @Schema(description = "已付款訂單金額合計", example = "1990.00") String ltv,
    long orderCount,
    @Schema(nullable = true) String firstPaymentAt,
    @Schema(nullable = true) String lastPaymentAt,
    String createdAt,
    String updatedAt) {

  public static CustomerJson of(CustomerView view) {
    Customer customer = view.customer();
    CustomerFigures figures = view.figures();
    return new CustomerJson(
        customer.getId(),
        customer.getEmail(),
        customer.getName(),
        customer.getPhone(),
        customer.getExternalId(),
        JsonText.object(customer.getMetadata()),
        figures.ltv().toWire(),
        figures.orderCount(),
        Timestamps.format(figures.firstPaymentAt()),
        Timestamps.format(figures.lastPaymentAt()),
        Timestamps.format(customer.getCreatedAt()),
        Timestamps.format(customer.getUpdatedAt()));
  }

  /** The envelope {@code CustomerResponse} of the OpenAPI document. */
  @Schema(name = "CustomerResponse", description = "{\"data\": 客戶}")
  public record Response(CustomerJson data) {}

  /** The envelope {@code CustomerPage} of the OpenAPI document. */
  @Schema(name = "CustomerPage", description = "客戶列表與分頁資訊")
  public record Page(List<CustomerJson> data, PageJson.Meta meta) {}
}
