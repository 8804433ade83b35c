package com.zangsho.mapping;

/** A mapping that cannot be used as written: an unknown resource or rule, a bad template. */
public class MappingException extends RuntimeException {
  public MappingException(String message) {
    super(message);
  }

  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
