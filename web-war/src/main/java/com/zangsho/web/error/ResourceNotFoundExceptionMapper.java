package com.zangsho.web.error;

import com.zangsho.domain.ResourceNotFoundException;
import com.zangsho.web.api.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 404 for a row the tenant does not have: the same answer whether it is absent or someone else's.
 */
@Provider
public class ResourceNotFoundExceptionMapper implements ExceptionMapper<ResourceNotFoundException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ResourceNotFoundException exception) {
    String message = Messages.forRequest(headers).text("error.not_found." + exception.resource());
    return ErrorResponses.of(404, new ErrorJson(message)).build();
  }
}
