package com.zangsho.domain.tenant;

import java.util.List;

/** Who makes a request: the tenant every read and write is scoped to, and the token it used. */
public record Caller(long tenantId, long tokenId, String tokenName, List<String> abilities) {
  public Caller {
    abilities = List.copyOf(abilities);
  }
}
