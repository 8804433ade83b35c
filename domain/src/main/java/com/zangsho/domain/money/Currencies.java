package com.zangsho.domain.money;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Currency codes (docs/api.md §6): a real ISO 4217 code, as the JDK's currency data knows them. */
public final class Currencies {
  public static final String DEFAULT = "TWD";

  // ISO 4217 lists these, but they are not money anyone is paid in.
  private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS");

  private Currencies() {}

  /** {@link Rule#IN} under {@code field} when {@code text} is not a real currency, else null. */
  public static Violation violation(String field, String text) {
    return code(text).isPresent() ? null : Violation.of(field, Rule.IN);
  }

  /** The upper-case code for {@code text} (any case), or empty when it is not a real currency. */
  public static Optional<String> code(String text) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (code.length() != 3 || NOT_MONEY.contains(code)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Currency.getInstance(code).getCurrencyCode());
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
