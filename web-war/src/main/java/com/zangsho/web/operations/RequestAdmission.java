package com.zangsho.web.operations;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.web.api.Messages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * Lets at most {@code ZANGSHO_MAX_CONCURRENT_REQUESTS} {@code /v1} requests work at once and
 * answers the rest at once with 503 and {@code Retry-After} (docs/reliability.md, "Overload").
 * Without it, a flood queues in the server's worker threads and then for a database connection,
 * each request waiting its turn for seconds while {@code /health} waits behind them; with it, the
 * work in progress fits the connection pool and every other request gets its answer in
 * microseconds.
 */
@WebFilter(urlPatterns = "/v1/*", asyncSupported = true)
public class RequestAdmission extends HttpFilter {
  static final String RETRY_AFTER_SECONDS = "1";

  @Inject ServerSettings settings;

  private Semaphore permits;

  @Override
  public void init() {
    limitTo(settings.maxConcurrentRequests());
  }

  void limitTo(int concurrentRequests) {
    permits = new Semaphore(concurrentRequests);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!permits.tryAcquire()) {
      refuse(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      permits.release();
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String message =
        Messages.forAcceptLanguage(request.getHeader("Accept-Language")).text("error.busy");
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(Json.createObjectBuilder().add("message", message).build().toString());
  }
}
