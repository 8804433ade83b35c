package com.zangsho.web.token;

import com.zangsho.domain.tenant.Caller;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token a request carries, as its caller may know it: never its value. */
@JsonbPropertyOrder({"id", "name", "abilities", "rateLimitPerMinute"})
@Schema(name = "CurrentToken", description = "此請求所帶的 Token(不含明文)")
public record CurrentTokenJson(
    long id,
    String name,
    List<String> abilities,
    @Schema(nullable = true, description = "此 Token 自己的限制;null 時為伺服器的預設值")
        Integer rateLimitPerMinute) {

  static CurrentTokenJson of(Caller caller) {
    return new CurrentTokenJson(
        caller.tokenId(), caller.tokenName(), caller.abilities(), caller.rateLimitPerMinute());
  }

  /** The envelope {@code CurrentTokenResponse} of the OpenAPI document. */
  @Schema(name = "CurrentTokenResponse", description = "{\"data\": CurrentToken}")
  public record Response(CurrentTokenJson data) {}
}
