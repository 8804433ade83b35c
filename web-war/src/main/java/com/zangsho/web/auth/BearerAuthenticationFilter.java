package com.zangsho.web.auth;

import com.zangsho.application.tenant.TenantService;
import com.zangsho.domain.tenant.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Every {@code /v1} request needs a live bearer token (docs/api.md §2); it names the tenant the
 * request works in. Runs after matching, so an unknown path is a 404 whether or not a token came
 * with it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {
  private static final String CALLER = Caller.class.getName();

  @Inject TenantService tenants;
  @Inject CurrentCaller currentCaller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!isApiPath(request.getUriInfo().getPath())) {
      return;
    }
    Optional<Caller> caller = BearerTokens.from(request).flatMap(tenants::authenticate);
    if (caller.isEmpty()) {
      request.abortWith(BearerTokens.unauthenticated());
      return;
    }
    currentCaller.set(caller.get());
    request.setProperty(CALLER, caller.get());
  }

  /** The caller this filter authenticated for {@code request}, or null outside {@code /v1}. */
  public static Caller callerOf(ContainerRequestContext request) {
    return (Caller) request.getProperty(CALLER);
  }

  static boolean isApiPath(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return relative.equals("v1") || relative.startsWith("v1/");
  }
}
