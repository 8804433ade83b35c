package com.zangsho.web.write;

import com.zangsho.application.write.IdempotencyClaims;
import com.zangsho.application.write.WriteResult;
import com.zangsho.domain.ConflictException;
import com.zangsho.domain.idempotency.IdempotencyRecord;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.json.JsonBodies;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.util.Set;

/**
 * The last filter before a {@code /v1} write runs: keeps its body, and claims its {@code
 * X-Idempotency-Key} (docs/api.md §4). A key already answered for the same request is answered
 * again from the database, with {@code Idempotent-Replayed: true}, and the write does not run; the
 * same key for another request is a 422, one still running a 409.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class WriteRequestFilter implements ContainerRequestFilter {
  public static final String IDEMPOTENCY_KEY = "X-Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final Set<String> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);

  @Inject CurrentCaller currentCaller;
  @Inject WriteContext writeContext;
  @Inject IdempotencyClaims claims;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!WRITES.contains(request.getMethod()) || !currentCaller.isSet()) {
      return;
    }
    byte[] body = JsonBodies.readAll(request.getEntityStream());
    request.setEntityStream(new ByteArrayInputStream(body));
    String key = key(request);
    writeContext.set(body, servletRequest.getRemoteAddr(), key);
    if (key == null) {
      return;
    }
    Caller caller = currentCaller.get();
    IdempotencyClaims.Claim claim =
        claims.claim(
            caller.tenantId(),
            key,
            IdempotencyClaims.requestHash(
                request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(),
                body));
    switch (claim.outcome()) {
      case CLAIMED -> {}
      case REPLAY -> request.abortWith(replay(claim.stored()));
      case IN_FLIGHT -> throw new ConflictException("idempotency_key_in_flight");
      case REUSED ->
          throw new ValidationException(Violation.of(IDEMPOTENCY_KEY, Rule.IDEMPOTENCY_KEY_REUSED));
    }
  }

  /** The header's value; absent or blank is no key, one over 255 characters a 422. */
  private static String key(ContainerRequestContext request) {
    String key = request.getHeaderString(IDEMPOTENCY_KEY);
    if (key == null || key.isBlank()) {
      return null;
    }
    if (key.length() > IdempotencyRecord.MAX_KEY_LENGTH) {
      throw new ValidationException(
          Violation.of(IDEMPOTENCY_KEY, Rule.MAX_LENGTH, IdempotencyRecord.MAX_KEY_LENGTH));
    }
    return key;
  }

  private static Response replay(WriteResult stored) {
    Response.ResponseBuilder response = Response.status(stored.status()).header(REPLAYED, "true");
    if (stored.location() != null) {
      response.header("Location", stored.location());
    }
    if (stored.body() != null) {
      response.type(MediaType.APPLICATION_JSON_TYPE).entity(stored.body());
    }
    return response.build();
  }
}
