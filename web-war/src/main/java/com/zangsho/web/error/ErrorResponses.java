package com.zangsho.web.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds error responses with the contract's body. */
final class ErrorResponses {
  private ErrorResponses() {}

  static Response.ResponseBuilder of(int status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
  }
}
