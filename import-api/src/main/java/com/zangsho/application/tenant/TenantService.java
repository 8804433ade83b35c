package com.zangsho.application.tenant;

import com.zangsho.domain.tenant.Caller;
import java.util.Optional;

/** Tenants and their tokens: how a request is tied to a merchant. */
public interface TenantService {
  /**
   * A new tenant with a first {@code *} token (operators' {@code POST /admin/tenants}).
   *
   * @throws com.zangsho.domain.validation.ValidationException when the name is missing or too long
   */
  NewTenant createTenant(String name);

  /** The caller a plain bearer token stands for, if it is a live token. */
  Optional<Caller> authenticate(String plainToken);

  /**
   * Makes sure tenant {@code default} has a {@code *} token with exactly this value; idempotent, so
   * every start with {@code ZANGSHO_BOOTSTRAP_TOKEN} set can call it.
   */
  void ensureBootstrapToken(String plainToken);

  /** On a first start with no token at all, makes one for tenant {@code default} and returns it. */
  Optional<String> createFirstTokenIfNone();
}
