package com.zangsho.web.error;

import com.zangsho.web.api.Messages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (unknown path 404, 405, 406, 415) and our own HTTP-level refusals
 * (malformed JSON, body too large), in the contract's body instead of the server's HTML page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Messages messages = Messages.forRequest(headers);
    String message =
        exception instanceof MalformedJsonException
            ? messages.text("error.malformed_json")
            : messages.text(keyFor(original.getStatus()));
    Response.ResponseBuilder response =
        ErrorResponses.of(original.getStatus(), new ErrorJson(message));
    // Keep what the status needs to be useful, such as Allow on a 405.
    original
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                  && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> response.header(name, value));
              }
            });
    return response.build();
  }

  private static String keyFor(int status) {
    return switch (status) {
      case 401 -> "error.unauthenticated";
      case 404 -> "error.not_found";
      case 405 -> "error.method_not_allowed";
      case 406 -> "error.not_acceptable";
      case 413 -> "error.payload_too_large";
      case 415 -> "error.unsupported_media_type";
      default -> status >= 500 ? "error.server" : "error.bad_request";
    };
  }
}
