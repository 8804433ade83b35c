package com.zangsho.domain.validation;

import com.zangsho.domain.DomainException;
import java.util.List;

/** The request as a whole breaks rules; every violation is reported, first one first. */
public class ValidationException extends DomainException {
  private final List<Violation> violations;

  public ValidationException(List<Violation> violations) {
    super("invalid: " + violations);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public ValidationException(Violation violation) {
    this(List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }
}
