package com.zangsho.web.token;

import com.zangsho.application.token.TokenService;
import com.zangsho.domain.tenant.ApiToken;
import com.zangsho.web.json.Identified;
import com.zangsho.web.json.Timestamps;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A token on the wire: never its hash, and its plain value ({@code token}) only in the response
 * that made it, null everywhere else.
 */
@JsonbPropertyOrder({"id", "name", "abilities", "rateLimitPerMinute", "createdAt", "token"})
public record TokenJson(
    long id,
    String name,
    List<String> abilities,
    Integer rateLimitPerMinute,
    String createdAt,
    String token)
    implements Identified {

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
}
