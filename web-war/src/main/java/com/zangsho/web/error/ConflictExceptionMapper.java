package com.zangsho.web.error;

import com.zangsho.domain.ConflictException;
import com.zangsho.web.api.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 when the resource's state forbids the request; the message says which state. */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConflictException exception) {
    String message = Messages.forRequest(headers).text("error.conflict." + exception.code());
    return ErrorResponses.of(409, new ErrorJson(message)).build();
  }
}
