package com.zangsho.web.auth;

import com.zangsho.web.api.Messages;
import com.zangsho.web.error.ErrorJson;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The 403 of a token without an ability its request needs, in the caller's language. */
public final class Forbidden {
  private Forbidden() {}

  static Response response(String ability, String acceptLanguage) {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ErrorJson(
                Messages.forAcceptLanguage(acceptLanguage).text("error.forbidden", ability)))
        .build();
  }

  /**
   * For an endpoint whose abilities depend on what it is asked (a file import needs to write the
   * resources its file feeds).
   */
  public static Response lacking(String ability, HttpHeaders headers) {
    return response(ability, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }
}
