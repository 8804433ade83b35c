package com.zangsho.web.auth;

import com.zangsho.application.config.ServerSettings;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code /metrics} answers only to the scrape token: the counts name tenants' and tokens' ids and
 * the server's backlog, which is nobody else's business. Without {@code ZANGSHO_METRICS_TOKEN} it
 * does not exist (404).
 */
@Provider
@MetricsScrape
@Priority(Priorities.AUTHENTICATION)
public class MetricsAuthorizationFilter implements ContainerRequestFilter {
  @Inject ServerSettings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    OperatorAuthorizationFilter.requireToken(request, settings.metricsToken());
  }
}
