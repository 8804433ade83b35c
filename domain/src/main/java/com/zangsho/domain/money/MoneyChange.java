package com.zangsho.domain.money;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A signed difference of money, e.g. an event's {@code amount_change}: negative for a downgrade or
 * a cancellation. Written like {@link Money}, two decimals ({@code "-490.00"}).
 */
public record MoneyChange(BigDecimal amount) {
  public MoneyChange {
    if (amount.stripTrailingZeros().scale() > Money.MAX_DECIMALS) {
      throw new IllegalArgumentException("not a money change: " + amount);
    }
    amount = amount.setScale(Money.MAX_DECIMALS, RoundingMode.UNNECESSARY);
  }

  /** {@code to − from}, a missing amount counting as zero (a new or an ended subscription). */
  public static MoneyChange between(Money from, Money to) {
    BigDecimal before = from == null ? BigDecimal.ZERO : from.amount();
    BigDecimal after = to == null ? BigDecimal.ZERO : to.amount();
    return new MoneyChange(after.subtract(before));
  }

  /**
   * Reads a change given as text (a decimal string or the text of a JSON number), of either sign.
   *
   * @return the change, or empty with the rule it breaks added to nothing: see {@link #violation}
   */
  public static Optional<MoneyChange> parse(String text) {
    return Optional.ofNullable(Money.parse("", negated(text)).money())
        .map(m -> new MoneyChange(text.strip().startsWith("-") ? m.amount().negate() : m.amount()));
  }

  /** The rule {@code text} breaks as a change under {@code field}, or null when it is one. */
  public static Violation violation(String field, String text) {
    Violation broken = Money.violation(field, negated(text));
    if (broken != null && broken.rule() == Rule.MIN_VALUE) {
      // "--5" is not a number, whatever Money says about its sign.
      return Violation.of(field, Rule.NUMERIC);
    }
    return broken;
  }

  private static String negated(String text) {
    String value = text.strip();
    return value.startsWith("-") ? value.substring(1) : value;
  }

  public String toWire() {
    return amount.toPlainString();
  }
}
