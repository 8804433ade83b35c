package com.zangsho.web.write;

import com.zangsho.application.write.IdempotencyClaims;
import com.zangsho.application.write.IdempotencyKey;
import com.zangsho.domain.idempotency.IdempotencyRecord;
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
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.util.Set;

/**
 * The last filter before a {@code /v1} write runs: reads its {@code X-Idempotency-Key} (docs/api.md
 * §4), with the hash of its body. A key whose write has committed is answered again from the
 * database, with {@code Idempotent-Replayed: true}, and the write does not run; the same key for
 * another request is a 422. Anything else is the write's own business: the key is claimed in its
 * transaction ({@link Writes}).
 *
 * <p>On the way out, a write that succeeded without {@link Writes} is a 500: it would have been
 * neither logged nor idempotent, so an endpoint cannot be added that forgets the envelope.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class WriteRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final Set<String> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  @Inject CurrentCaller currentCaller;
  @Inject WriteContext writeContext;
  @Inject IdempotencyClaims claims;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!WRITES.contains(request.getMethod()) || !currentCaller.isSet()) {
      return;
    }
    String header = key(request);
    IdempotencyKey key = header == null ? null : new IdempotencyKey(header, requestHash(request));
    writeContext.set(servletRequest.getRemoteAddr(), key);
    if (key != null) {
      claims
          .answered(key, currentCaller.get().tenantId())
          .ifPresent(
              stored -> {
                writeContext.answeredThroughEnvelope();
                request.abortWith(IdempotentReplays.response(stored));
              });
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (writeContext.bypassedEnvelope()
        && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
      throw new IllegalStateException(
          request.getMethod()
              + " "
              + request.getUriInfo().getPath()
              + " answered without Writes.commit: not logged, not idempotent");
    }
  }

  /** Reads the body to hash it, and puts it back for the endpoint. */
  private static String requestHash(ContainerRequestContext request) {
    byte[] body = JsonBodies.readAll(request.getEntityStream());
    request.setEntityStream(new ByteArrayInputStream(body));
    return IdempotencyClaims.requestHash(
        request.getMethod(),
        request.getUriInfo().getRequestUri().getRawPath(),
        request.getUriInfo().getRequestUri().getRawQuery(),
        body);
  }

  /** The header's value; absent or blank is no key, one over 255 characters a 422. */
  private static String key(ContainerRequestContext request) {
    String key = request.getHeaderString(IdempotencyKey.HEADER);
    if (key == null || key.isBlank()) {
      return null;
    }
    if (key.length() > IdempotencyRecord.MAX_KEY_LENGTH) {
      throw new ValidationException(
          Violation.of(IdempotencyKey.HEADER, Rule.MAX_LENGTH, IdempotencyRecord.MAX_KEY_LENGTH));
    }
    return key;
  }
}
