package com.zangsho.web.auth;

import com.zangsho.application.config.ServerSettings;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code /admin} answers only to the operator's token. Without {@code ZANGSHO_ADMIN_TOKEN} it does
 * not exist at all (404), so an unconfigured server shows no operator surface.
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorAuthorizationFilter implements ContainerRequestFilter {
  @Inject ServerSettings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    requireToken(request, settings.adminToken());
  }

  /**
   * Lets the request through only with {@code expected} as its bearer token; without one configured
   * the endpoint does not exist (404).
   */
  static void requireToken(ContainerRequestContext request, Optional<String> configured) {
    String expected = configured.orElseThrow(NotFoundException::new);
    Optional<String> given = BearerTokens.from(request);
    // Compared in constant time: an operator's token is a fixed secret worth guessing at.
    if (given.isEmpty()
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            given.get().getBytes(StandardCharsets.UTF_8))) {
      request.abortWith(BearerTokens.unauthenticated());
    }
  }
}
