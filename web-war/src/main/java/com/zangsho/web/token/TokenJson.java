package com.zangsho.web.token;

import com.zangsho.application.token.TokenService;
import com.zangsho.domain.tenant.ApiToken;
import com.zangsho.web.json.Timestamps;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A token on the wire: never its hash, and its plain value ({@code token}) only in the response
 * that made it, null everywhere else.
 */
@JsonbPropertyOrder({"id", "name", "abilities", "rateLimitPerMinute", "createdAt", "token"})
@Schema(name = "Token", description = "API Token;明文 token 只出現在建立與重新產生的回應中,其餘為 null")
public record TokenJson(
    long id,
    String name,
    List<String> abilities,
    @Schema(nullable = true) Integer rateLimitPerMinute,
    String createdAt,
    @Schema(nullable = true) String token) {

  public static TokenJson of(ApiToken token) {
    return new TokenJson(
        token.getId(),
        token.getName(),
        token.getAbilities(),
        token.getRateLimitPerMinute(),
        Timestamps.format(token.getCreatedAt()),
        null);
  }

  public static TokenJson issued(TokenService.IssuedToken issued) {
    TokenJson json = of(issued.token());
    return new TokenJson(
        json.id(),
        json.name(),
        json.abilities(),
        json.rateLimitPerMinute(),
        json.createdAt(),
        issued.plainToken());
  }

  /** The envelope {@code TokenResponse} of the OpenAPI document. */
  @Schema(name = "TokenResponse", description = "{\"data\": Token}")
  public record Response(TokenJson data) {}

  /** The envelope {@code TokenList} of the OpenAPI document. */
  @Schema(name = "TokenList", description = "{\"data\": [Token]}")
  public record Listing(List<TokenJson> data) {}
}
