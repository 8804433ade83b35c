package com.zangsho.web.error;

import com.zangsho.domain.ConcurrentWriteException;
import com.zangsho.web.api.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 409 when a write kept losing to concurrent ones even after its retries: nothing was written, and
 * the same request can simply be sent again.
 */
@Provider
public class ConcurrentWriteExceptionMapper implements ExceptionMapper<ConcurrentWriteException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConcurrentWriteException exception) {
    return ErrorResponses.of(
            409, new ErrorJson(Messages.forRequest(headers).text("error.conflict")))
        .header("Retry-After", "1")
        .build();
  }
}
