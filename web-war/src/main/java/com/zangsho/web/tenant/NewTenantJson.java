package com.zangsho.web.tenant;

import com.zangsho.application.tenant.NewTenant;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant just made, with its first token: the only response that ever shows that token. */
@JsonbPropertyOrder({"id", "name", "token"})
@Schema(name = "CreatedTenant", description = "新商家與其第一個 * Token(只出現這一次)")
public record NewTenantJson(long id, String name, String token) {
  static NewTenantJson of(NewTenant created) {
    return new NewTenantJson(
        created.tenant().getId(), created.tenant().getName(), created.plainToken());
  }

  /** The envelope {@code CreatedTenantResponse} of the OpenAPI document. */
  @Schema(name = "CreatedTenantResponse", description = "{\"data\": 新商家與其第一個 Token}")
  public record Response(NewTenantJson data) {}
}
