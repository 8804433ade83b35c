package com.zangsho.domain.validation;

import com.zangsho.domain.WireNamed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The fields one request (or batch item) gives, as text. A field can be absent, given as null (to
 * clear it, on PUT), or given with a value. A JSON object is kept as its text. Values that had the
 * wrong JSON type never get here: the reader records them as {@link #shapeViolations()}.
 *
 * @param <F> the resource's field enum
 */
public abstract class FieldInput<F extends Enum<F> & WireField> {
  private final Map<F, String> given;
  private final List<Violation> shapeViolations;
  // Timestamps are read by the rules, the batch plan's keys and the entity: parsed once each. An
  // input belongs to one request's thread.
  private final Map<F, Optional<Instant>> instants = new HashMap<>(4);

  protected FieldInput(Map<F, String> given, List<Violation> shapeViolations) {
    this.given = Collections.unmodifiableMap(given);
    this.shapeViolations = List.copyOf(shapeViolations);
  }

  public boolean isGiven(F field) {
    return given.containsKey(field);
  }

  /** The given value, or null when the field is absent or given as null. */
  public String get(F field) {
    return given.get(field);
  }

  public List<Violation> shapeViolations() {
    return shapeViolations;
  }

  /** The given value's text, empty when absent or null. */
  protected Optional<String> text(F field) {
    return Optional.ofNullable(get(field));
  }

  /** The given value read as a wire name of {@code type}; empty when absent or not one. */
  protected <E extends Enum<E> & WireNamed> Optional<E> wireNamed(F field, Class<E> type) {
    return text(field).flatMap(t -> WireNamed.fromWireName(type, t));
  }

  /** The given value read as a timestamp; empty when absent or not one. */
  public Optional<Instant> instant(F field) {
    return instants.computeIfAbsent(field, f -> text(f).flatMap(Instants::parse));
  }

  /** The given value read as an id; empty when absent or not one. */
  protected Optional<Long> id(F field) {
    return text(field).flatMap(Ids::parse);
  }

  public boolean hasShapeViolation(F field) {
    return shapeViolations.stream().anyMatch(v -> v.field().equals(field.wireName()));
  }

  /**
   * Orders violations as the fields are declared, so the first one reported is the first field's; a
   * fault of the item as a whole (not an object) comes before all.
   */
  static <F extends Enum<F> & WireField> void sortByField(
      List<Violation> violations, Class<F> fields) {
    violations.sort(Comparator.comparingInt(v -> fieldOrder(fields, v.field())));
  }

  private static <F extends Enum<F> & WireField> int fieldOrder(Class<F> fields, String name) {
    for (F field : fields.getEnumConstants()) {
      if (field.wireName().equals(name)) {
        return field.ordinal();
      }
    }
    return -1;
  }

  /**
   * Collects the fields of one JSON object as a reader finds them.
   *
   * @param <I> the input type it builds
   */
  public static final class Builder<F extends Enum<F> & WireField, I> {
    private final Class<F> fields;
    private final BiFunction<Map<F, String>, List<Violation>, I> factory;
    private final Map<F, String> given;
    private final List<Violation> shapeViolations = new ArrayList<>();

    public Builder(Class<F> fields, BiFunction<Map<F, String>, List<Violation>, I> factory) {
      this.fields = fields;
      this.factory = factory;
      this.given = new EnumMap<>(fields);
    }

    public F[] fields() {
      return fields.getEnumConstants();
    }

    /** Strings are trimmed and an empty one counts as null, as the original's Laravel does. */
    public Builder<F, I> given(F field, String value) {
      String trimmed = value == null ? null : value.strip();
      given.put(field, trimmed == null || trimmed.isEmpty() ? null : trimmed);
      return this;
    }

    public Builder<F, I> shapeViolation(Violation violation) {
      shapeViolations.add(violation);
      return this;
    }

    public I build() {
      return factory.apply(new EnumMap<>(given), shapeViolations);
    }
  }
}
