package com.zangsho.application.tenant;

import com.zangsho.domain.tenant.Tenant;

/** A tenant just made, with its first token in plain text: the only time it is ever shown. */
public record NewTenant(Tenant tenant, String plainToken) {}
