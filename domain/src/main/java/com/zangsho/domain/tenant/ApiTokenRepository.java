package com.zangsho.domain.tenant;

import java.util.List;
import java.util.Optional;

/**
 * Tokens. The look-up by hash is the one query without a tenant: it is how a request's tenant is
 * found in the first place.
 */
public interface ApiTokenRepository {
  void add(ApiToken token);

  Optional<ApiToken> findActiveByHash(String tokenHash);

  /**
   * A live token, holding its row's write lock until the transaction ends: a revoke and a
   * regenerate of one token apply one after the other, and a regenerate never writes a revoked
   * token back to life.
   */
  Optional<ApiToken> findActiveByIdForChange(long tenantId, long id);

  /** The tenant's live tokens, by id. */
  List<ApiToken> listActive(long tenantId);

  /** Whether any token (of any tenant, revoked or not) exists: a first start has none. */
  boolean anyExists();
}
