package com.zangsho.web.error;

import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import com.zangsho.web.api.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 422: every violation by field; the message is the first one (and how many more), as Laravel says
 * it.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ValidationException exception) {
    Messages messages = Messages.forRequest(headers);
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Violation violation : exception.violations()) {
      errors
          .computeIfAbsent(violation.field(), f -> new ArrayList<>())
          .add(messages.violation(violation));
    }
    String first = messages.violation(exception.violations().get(0));
    int more = exception.violations().size() - 1;
    String message = more == 0 ? first : messages.text("validation.more", first, more);
    return ErrorResponses.of(422, new ValidationErrorJson(message, errors)).build();
  }
}
