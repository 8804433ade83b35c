package com.zangsho.domain.tenant;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.TextRules;
import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/tokens}: a name, the abilities (at least one, each a known one) and an optional
 * rate limit. Values of the wrong JSON type arrive as {@code shapeViolations}.
 *
 * @param rateLimitPerMinute the limit as sent, or null
 */
public record TokenRequest(
    String name,
    List<String> abilities,
    String rateLimitPerMinute,
    List<Violation> shapeViolations) {
  public static final String NAME = "name";
  public static final String ABILITIES = "abilities";
  public static final String RATE_LIMIT = "rate_limit_per_minute";
  public static final int MAX_NAME = 255;
  public static final int MAX_RATE_LIMIT = 1_000_000;

  public List<Violation> validate() {
    List<Violation> out = new ArrayList<>(shapeViolations);
    if (name == null || name.isBlank()) {
      out.add(Violation.of(NAME, Rule.REQUIRED));
    }
    TextRules.maxLength(out, NAME, name, MAX_NAME);
    if (abilities == null || abilities.isEmpty()) {
      out.add(Violation.of(ABILITIES, Rule.REQUIRED));
    } else {
      for (int i = 0; i < abilities.size(); i++) {
        if (!Ability.KNOWN.contains(abilities.get(i))) {
          out.add(Violation.of(ABILITIES + "." + i, Rule.IN));
        }
      }
    }
    if (rateLimitPerMinute != null) {
      Integer limit = rateLimit();
      if (limit == null) {
        out.add(Violation.of(RATE_LIMIT, Rule.INTEGER));
      } else if (limit < 1) {
        out.add(Violation.of(RATE_LIMIT, Rule.MIN_VALUE, 1));
      } else if (limit > MAX_RATE_LIMIT) {
        out.add(Violation.of(RATE_LIMIT, Rule.MAX_VALUE, MAX_RATE_LIMIT));
      }
    }
    return out;
  }

  /** The limit as a number, or null when absent or not a whole number. */
  public Integer rateLimit() {
    if (rateLimitPerMinute == null) {
      return null;
    }
    try {
      long value = Long.parseLong(rateLimitPerMinute.strip());
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
