package com.zangsho.domain.validation;

import com.zangsho.domain.WireNamed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The checks a resource's rules run over one {@link FieldInput}, collecting every violation. A
 * field whose JSON type was already wrong is not checked again; a field not given passes every
 * check but {@link #required}.
 *
 * @param <F> the resource's field enum
 */
public final class FieldChecks<F extends Enum<F> & WireField> {
  private final FieldInput<F> input;
  private final Class<F> fields;
  private final List<Violation> out;

  public FieldChecks(FieldInput<F> input, Class<F> fields) {
    this.input = input;
    this.fields = fields;
    this.out = new ArrayList<>(input.shapeViolations());
  }

  public FieldChecks<F> required(F field) {
    if (input.get(field) == null && !input.hasShapeViolation(field)) {
      out.add(Violation.of(field.wireName(), Rule.REQUIRED));
    }
    return this;
  }

  /** {@link #required} only when {@code applies}: a rule of new rows only, say. */
  public FieldChecks<F> requiredWhen(boolean applies, F field) {
    return applies ? required(field) : this;
  }

  /** {@link #requiredWithout} only when {@code applies}. */
  public FieldChecks<F> requiredWithoutWhen(boolean applies, F field, F other) {
    return applies ? requiredWithout(field, other) : this;
  }

  /** {@code field} is required when {@code other} is not given either. */
  public FieldChecks<F> requiredWithout(F field, F other) {
    if (input.get(field) == null
        && input.get(other) == null
        && !input.hasShapeViolation(field)
        && !input.hasShapeViolation(other)) {
      out.add(Violation.of(field.wireName(), Rule.REQUIRED_WITHOUT, other.wireName()));
    }
    return this;
  }

  /** A given field, if given as null, breaks {@link Rule#REQUIRED}: it cannot be cleared. */
  public FieldChecks<F> notCleared(F field) {
    if (input.isGiven(field) && input.get(field) == null && !input.hasShapeViolation(field)) {
      out.add(Violation.of(field.wireName(), Rule.REQUIRED));
    }
    return this;
  }

  public FieldChecks<F> maxLength(F field, int max) {
    TextRules.maxLength(out, field.wireName(), input.get(field), max);
    return this;
  }

  public FieldChecks<F> maxKilobytes(F field, int maxKib) {
    TextRules.maxKilobytes(out, field.wireName(), input.get(field), maxKib);
    return this;
  }

  public FieldChecks<F> email(F field, int max) {
    TextRules.email(out, field.wireName(), input.get(field), max);
    return this;
  }

  public FieldChecks<F> id(F field) {
    String text = input.get(field);
    if (text != null && Ids.parse(text).isEmpty()) {
      out.add(Violation.of(field.wireName(), Rule.INTEGER));
    }
    return this;
  }

  public FieldChecks<F> dateTime(F field) {
    if (input.get(field) == null) {
      return this;
    }
    Optional<Instant> instant = input.instant(field);
    if (instant.isEmpty()) {
      out.add(Violation.of(field.wireName(), Rule.DATE_TIME));
    } else if (!Instants.storable(instant.get())) {
      out.add(Instants.outOfRange(field.wireName()));
    }
    return this;
  }

  /** The given value is the wire name of one of {@code allowed}. */
  @SafeVarargs
  public final <E extends Enum<E> & WireNamed> FieldChecks<F> oneOf(F field, E... allowed) {
    String text = input.get(field);
    if (text != null && List.of(allowed).stream().noneMatch(e -> e.wireName().equals(text))) {
      out.add(Violation.of(field.wireName(), Rule.IN));
    }
    return this;
  }

  /**
   * Any other check of a given value.
   *
   * @param rule given the field's wire name and its text, the violation or null
   */
  public FieldChecks<F> check(F field, BiFunction<String, String, Violation> rule) {
    String text = input.get(field);
    if (text != null) {
      Violation violation = rule.apply(field.wireName(), text);
      if (violation != null) {
        out.add(violation);
      }
    }
    return this;
  }

  /** Every violation found, the first field's first. */
  public List<Violation> violations() {
    List<Violation> sorted = new ArrayList<>(out);
    FieldInput.sortByField(sorted, fields);
    return sorted;
  }
}
