package com.zangsho.domain.money;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount of money (docs/api.md §1): at least 0, at most two decimals and twelve integer digits,
 * always written with exactly two decimals ({@code "1990.00"}). Fits a {@code DECIMAL(14,2)}
 * column.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
  public static final int MAX_DECIMALS = 2;
  public static final int MAX_INTEGER_DIGITS = 12;
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException("not a money amount: " + amount);
    }
    amount = amount.setScale(MAX_DECIMALS, RoundingMode.UNNECESSARY);
  }

  /**
   * Reads an amount given as text (a decimal string, or the text of a JSON number).
   *
   * @return the amount, or the rule {@code text} breaks under {@code field}
   */
  public static Parsed parse(String field, String text) {
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return Parsed.broken(Violation.of(field, Rule.NUMERIC));
    }
    BigDecimal canonical = value.stripTrailingZeros();
    if (value.signum() < 0) {
      return Parsed.broken(Violation.of(field, Rule.MIN_VALUE, 0));
    }
    if (canonical.scale() > MAX_DECIMALS) {
      return Parsed.broken(Violation.of(field, Rule.MAX_DECIMALS, MAX_DECIMALS));
    }
    if (canonical.precision() - canonical.scale() > MAX_INTEGER_DIGITS) {
      return Parsed.broken(Violation.of(field, Rule.MAX_INTEGER_DIGITS, MAX_INTEGER_DIGITS));
    }
    return new Parsed(new Money(value), null);
  }

  /** The rule {@code text} breaks as an amount under {@code field}, or null when it is one. */
  public static Violation violation(String field, String text) {
    return parse(field, text).violation();
  }

  /** The contract's text form: two decimals, no grouping, no exponent. */
  public String toWire() {
    return amount.toPlainString();
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  /** {@code total / count} rounded half up to cents; zero when there is nothing to average. */
  public static Money average(Money total, long count) {
    if (count == 0) {
      return ZERO;
    }
    return new Money(
        total.amount.divide(BigDecimal.valueOf(count), MAX_DECIMALS, RoundingMode.HALF_UP));
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  /** The outcome of {@link #parse}: exactly one of the two is present. */
  public record Parsed(Money money, Violation violation) {
    static Parsed broken(Violation violation) {
      return new Parsed(null, violation);
    }

    public Optional<Money> value() {
      return Optional.ofNullable(money);
    }
  }
}
