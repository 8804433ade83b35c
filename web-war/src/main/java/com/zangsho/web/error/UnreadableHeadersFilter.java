package com.zangsho.web.error;

import com.zangsho.web.api.Messages;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * Answers requests whose content-negotiation headers cannot be read with a 400 in the contract's
 * error body. RESTEasy reads {@code Accept}, {@code Accept-Language}, {@code Content-Type} and
 * {@code Content-Language} before any JAX-RS code runs and, when one cannot be parsed (say {@code
 * Accept-Language: en;q=abc}), sends a bare servlet error the container renders as an HTML page; an
 * {@code Accept} whose quality is not a number gets past that and fails later, in matching, as a
 * 500. No exception mapper sees either, so both are caught here, in front of RESTEasy.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UnreadableHeadersFilter extends HttpFilter {
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!qualitiesAreNumbers(request, "Accept")) {
      refuse(request, response);
      return;
    }
    chain.doFilter(
        request,
        new HttpServletResponseWrapper(response) {
          @Override
          public void sendError(int status) throws IOException {
            sendError(status, null);
          }

          @Override
          public void sendError(int status, String reason) throws IOException {
            if (status == HttpServletResponse.SC_BAD_REQUEST && !isCommitted()) {
              resetBuffer();
              refuse(request, (HttpServletResponse) getResponse());
            } else {
              super.sendError(status, reason);
            }
          }
        });
  }

  /** Whether every {@code q} parameter of the header's elements is a number (RFC 9110 §12.4.2). */
  private static boolean qualitiesAreNumbers(HttpServletRequest request, String header) {
    for (String value : Collections.list(request.getHeaders(header))) {
      for (String element : value.split(",")) {
        String[] parameters = element.split(";");
        for (int i = 1; i < parameters.length; i++) {
          String[] parameter = parameters[i].split("=", 2);
          if (parameter[0].strip().toLowerCase(Locale.ROOT).equals("q")
              && (parameter.length < 2 || !isNumber(parameter[1].strip()))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean isNumber(String text) {
    try {
      Float.parseFloat(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String message =
        Messages.forAcceptLanguage(request.getHeader("Accept-Language"))
            .text("error.unreadable_headers");
    byte[] body =
        Json.createObjectBuilder()
            .add("message", message)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
