package com.zangsho.web.error;

import jakarta.ws.rs.BadRequestException;

/** The body is not JSON at all (400), as opposed to JSON that breaks the rules (422). */
public class MalformedJsonException extends BadRequestException {
  public MalformedJsonException(Throwable cause) {
    super("malformed JSON", cause);
  }
}
