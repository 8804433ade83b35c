package com.zangsho.web.auth;

import com.zangsho.web.error.ErrorJson;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Reads {@code Authorization: Bearer <token>} (anything else is no token), and answers 401. */
final class BearerTokens {
  private static final String SCHEME = "Bearer ";

  private BearerTokens() {}

  static Optional<String> from(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String token = header.substring(SCHEME.length()).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }

  /** The same body in every language: it is Laravel Sanctum's, which clients may match on. */
  static Response unauthenticated() {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorJson("Unauthenticated."))
        .build();
  }
}
