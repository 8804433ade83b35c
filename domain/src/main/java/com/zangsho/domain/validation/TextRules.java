package com.zangsho.domain.validation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** The checks on text fields that several aggregates share. */
public final class TextRules {
  // The HTML living standard's "valid e-mail address", plus a dot in the domain: what a merchant
  // means by an e-mail of a paying customer.
  private static final Pattern EMAIL =
      Pattern.compile(
          "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

  private TextRules() {}

  public static boolean isEmail(String value) {
    return EMAIL.matcher(value).matches();
  }

  /** Adds a violation when a given {@code value} is too long or not an e-mail address. */
  public static void email(List<Violation> out, String field, String value, int max) {
    if (value == null) {
      return;
    }
    if (value.length() > max) {
      out.add(Violation.of(field, Rule.MAX_LENGTH, max));
    } else if (!isEmail(value)) {
      out.add(Violation.of(field, Rule.EMAIL));
    }
  }

  /** Adds a violation when {@code value} is longer than {@code max} characters (code points). */
  public static void maxLength(List<Violation> out, String field, String value, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      out.add(Violation.of(field, Rule.MAX_LENGTH, max));
    }
  }

  /** Adds a violation when {@code value} takes more than {@code maxKib} KiB as UTF-8. */
  public static void maxKilobytes(List<Violation> out, String field, String value, int maxKib) {
    if (value != null && value.getBytes(StandardCharsets.UTF_8).length > maxKib * 1024) {
      out.add(Violation.of(field, Rule.MAX_KILOBYTES, maxKib));
    }
  }
}
