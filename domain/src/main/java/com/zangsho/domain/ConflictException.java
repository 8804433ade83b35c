package com.zangsho.domain;

/**
 * The request is well formed but the resource's state forbids it (e.g. deleting a customer who
 * still has orders): a 409 whose message the web layer picks by {@link #code()}.
 */
public class ConflictException extends DomainException {
  private final String code;

  public ConflictException(String code) {
    super("conflict: " + code);
    this.code = code;
  }

  /** A lower-case code such as {@code customer_in_use}. */
  public String code() {
    return code;
  }
}
