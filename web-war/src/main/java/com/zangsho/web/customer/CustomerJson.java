package com.zangsho.web.customer;

import com.zangsho.domain.customer.Customer;
import com.zangsho.web.json.Timestamps;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;

/** A customer on the wire (api.md §5). */
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
    String updatedAt) {

  /** Lifetime value with no paid orders yet: the contract's money format, two decimals. */
  private static final String NO_REVENUE = "0.00";

  public static CustomerJson of(Customer customer) {
    return new CustomerJson(
        customer.getId(),
        customer.getEmail(),
        customer.getName(),
        customer.getPhone(),
        customer.getExternalId(),
        metadata(customer.getMetadata()),
        NO_REVENUE,
        0,
        null,
        null,
        Timestamps.format(customer.getCreatedAt()),
        Timestamps.format(customer.getUpdatedAt()));
  }

  private static JsonObject metadata(String text) {
    if (text == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
