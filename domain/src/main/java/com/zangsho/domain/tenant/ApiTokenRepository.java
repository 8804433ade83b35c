package com.zangsho.domain.tenant;

import java.util.Optional;

/**
 * Tokens. The look-up by hash is the one query without a tenant: it is how a request's tenant is
 * found in the first place.
 */
public interface ApiTokenRepository {
  void add(ApiToken token);

  Optional<ApiToken> findActiveByHash(String tokenHash);

  /** Whether any token (of any tenant, revoked or not) exists: a first start has none. */
  boolean anyExists();
}
