package com.zangsho.web.write;

import com.zangsho.application.write.WriteResult;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The answer a key's first request got, sent again (docs/api.md §4). */
final class IdempotentReplays {
  static final String HEADER = "Idempotent-Replayed";

  private IdempotentReplays() {}

  static Response response(WriteResult stored) {
    Response.ResponseBuilder response = Response.status(stored.status()).header(HEADER, "true");
    if (stored.location() != null) {
      response.header("Location", stored.location());
    }
    if (stored.body() != null) {
      response.type(MediaType.APPLICATION_JSON_TYPE).entity(stored.body());
    }
    return response.build();
  }
}
