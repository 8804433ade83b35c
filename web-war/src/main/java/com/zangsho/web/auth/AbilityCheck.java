package com.zangsho.web.auth;

import com.zangsho.domain.tenant.Caller;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** 403 unless the caller's token carries the one ability its endpoint needs. */
final class AbilityCheck implements ContainerRequestFilter {
  private final String ability;

  AbilityCheck(String ability) {
    this.ability = ability;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Caller caller = BearerAuthenticationFilter.callerOf(request);
    if (caller != null && !caller.can(ability)) {
      request.abortWith(
          Forbidden.response(ability, request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
  }
}
