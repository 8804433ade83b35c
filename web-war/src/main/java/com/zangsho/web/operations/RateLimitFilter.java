package com.zangsho.web.operations;

import com.zangsho.application.token.RateLimits;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.web.api.Messages;
import com.zangsho.web.auth.BearerAuthenticationFilter;
import com.zangsho.web.error.ErrorJson;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;

/**
 * Counts every authenticated {@code /v1} request against its token's limit, before the ability
 * check, and reports the count on every response: {@code X-RateLimit-Limit} and {@code
 * X-RateLimit-Remaining}; a refused request gets 429 with {@code Retry-After} and {@code
 * X-RateLimit-Reset} (when a request is allowed again, in Unix seconds).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String VERDICT = RateLimits.Verdict.class.getName();

  @Inject RateLimits limits;
  @Inject OperationsMetrics metrics;

  @Override
  public void filter(ContainerRequestContext request) {
    Caller caller = BearerAuthenticationFilter.callerOf(request);
    if (caller == null) {
      return;
    }
    RateLimits.Verdict verdict = limits.take(caller);
    request.setProperty(VERDICT, verdict);
    if (!verdict.allowed()) {
      metrics.rateLimited(caller.tenantId(), caller.tokenId());
      long retryAfter = verdict.secondsToWait();
      request.abortWith(
          Response.status(Response.Status.TOO_MANY_REQUESTS)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .header("Retry-After", retryAfter)
              .header("X-RateLimit-Reset", Instant.now().getEpochSecond() + retryAfter)
              .entity(
                  new ErrorJson(
                      Messages.forAcceptLanguage(
                              request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                          .text("error.too_many_requests")))
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(VERDICT) instanceof RateLimits.Verdict verdict) {
      response.getHeaders().putSingle("X-RateLimit-Limit", verdict.limit());
      response.getHeaders().putSingle("X-RateLimit-Remaining", verdict.remaining());
    }
  }
}
