package com.zangsho.web.error;

import com.zangsho.domain.fileimport.FileTooLargeException;
import com.zangsho.web.api.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** 413 for an upload past a file import's limits, naming the limit it passed. */
@Provider
public class FileTooLargeExceptionMapper implements ExceptionMapper<FileTooLargeException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(FileTooLargeException exception) {
    String message =
        Messages.forRequest(headers)
            .text(
                "error.file_too_large." + exception.limit().name().toLowerCase(Locale.ROOT),
                String.valueOf(exception.max()));
    return ErrorResponses.of(413, new ErrorJson(message)).build();
  }
}
