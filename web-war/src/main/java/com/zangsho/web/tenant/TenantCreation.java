package com.zangsho.web.tenant;

import com.zangsho.application.tenant.NewTenant;
import com.zangsho.application.tenant.TenantService;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Where the transaction of an operator's new tenant begins and ends: the tenant and its first token
 * commit together. Not a {@code /v1} write, so no activity entry and no idempotency key.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class TenantCreation {
  @Inject TenantService tenants;

  public NewTenant create(String name) {
    return tenants.createTenant(name);
  }
}
