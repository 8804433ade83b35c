package com.zangsho.web.auth;

import com.zangsho.domain.tenant.Caller;
import com.zangsho.web.api.Messages;
import com.zangsho.web.error.ErrorJson;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
          Response.status(Response.Status.FORBIDDEN)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(
                  new ErrorJson(
                      Messages.forAcceptLanguage(
                              request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                          .text("error.forbidden", ability)))
              .build());
    }
  }
}
