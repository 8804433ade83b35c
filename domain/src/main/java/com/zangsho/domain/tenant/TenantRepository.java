package com.zangsho.domain.tenant;

import java.util.Optional;

/** Tenants. Joins the caller's transaction. */
public interface TenantRepository {
  void add(Tenant tenant);

  /** The oldest tenant with this name: the bootstrap tenant is found as {@code default}. */
  Optional<Tenant> findFirstByName(String name);
}
