package com.zangsho.domain.tenant;

import java.util.List;

/**
 * Who is calling: the token, its tenant and what it may do.
 *
 * @param rateLimitPerMinute the token's own limit, or null for the server's default
 */
public record Caller(
    long tenantId,
    long tokenId,
    String tokenName,
    List<String> abilities,
    Integer rateLimitPerMinute) {
  public Caller {
    abilities = List.copyOf(abilities);
  }

  /** Whether the token carries {@code ability}, or {@code *}. */
  public boolean can(String ability) {
    return abilities.contains(Ability.ALL) || abilities.contains(ability);
  }
}
