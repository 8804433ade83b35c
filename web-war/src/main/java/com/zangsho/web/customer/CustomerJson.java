package com.zangsho.web.customer;

import com.zangsho.application.customer.CustomerView;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerFigures;
import com.zangsho.web.json.Identified;
import com.zangsho.web.json.JsonText;
import com.zangsho.web.json.Timestamps;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A customer on the wire (api.md §5), with the figures its orders add up to. */
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
public record CustomerJson(
    long id,
    String email,
    String name,
    String phone,
    String externalId,
    JsonObject metadata,
    String ltv,
    long orderCount,
    String firstPaymentAt,
    String lastPaymentAt,
    String createdAt,
    String updatedAt)
    implements Identified {

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
}
