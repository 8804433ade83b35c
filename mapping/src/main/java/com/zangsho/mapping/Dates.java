package com.zangsho.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date or timestamp as exports write them, to an instant: ISO 8601 with an offset or {@code Z},
 * {@code 2018-01-04 15:51:23 -0800}, {@code 2020-08-13 13:42:37 UTC}, {@code 2025/12/01 08:00},
 * Excel's guard ({@code =2026-08-20 10:00:00}, {@code ="…"}), and, when the rule says so, the ROC
 * calendar ({@code 114/12/01}: year 114 of the Republic is 2025). A value without an offset is in
 * the rule's time zone; a date alone is its midnight there.
 *
 * @param formats patterns ({@link DateTimeFormatter}) tried before the usual ones, in order
 * @param zone where values without an offset are
 * @param roc whether the year is the ROC calendar's (民國年)
 */
public record Dates(List<String> formats, ZoneId zone, boolean roc) {
  private static final int ROC_YEAR_ZERO = 1911;
  private static final Pattern ROC_YEAR = Pattern.compile("^(\\d{2,3})([/.-])");
  private static final List<String> USUAL =
      List.of(
          "yyyy-MM-dd HH:mm:ss Z",
          "yyyy-MM-dd HH:mm:ss XXX",
          "yyyy-MM-dd HH:mm:ss",
          "yyyy-MM-dd HH:mm",
          "yyyy/MM/dd HH:mm:ss",
          "yyyy/MM/dd HH:mm",
          "yyyy/M/d HH:mm:ss",
          "yyyy/M/d HH:mm",
          "yyyy-MM-dd",
          "yyyy/MM/dd",
          "yyyy/M/d");

  public Dates {
    formats = List.copyOf(formats);
  }

  /** ISO 8601 and the usual formats, in Taipei time. */
  public static Dates usual() {
    return new Dates(List.of(), ZoneId.of("Asia/Taipei"), false);
  }

  /**
   * @return the instant, as ISO 8601 in UTC ({@code 2018-01-04T23:51:23Z})
   * @throws IllegalArgumentException naming what was expected
   */
  public String parse(String value) {
    String text = unguarded(value);
    ZoneId zone = this.zone;
    if (text.endsWith(" UTC")) {
      text = text.substring(0, text.length() - 4).strip();
      zone = ZoneOffset.UTC;
    }
    if (roc) {
      Matcher year = ROC_YEAR.matcher(text);
      if (!year.find()) {
        throw new IllegalArgumentException("not a ROC date (年/月/日, e.g. 114/12/01)");
      }
      text = (Integer.parseInt(year.group(1)) + ROC_YEAR_ZERO) + text.substring(year.end() - 1);
    }
    try {
      return OffsetDateTime.parse(text).toInstant().toString();
    } catch (DateTimeParseException notIso) {
      // Not ISO 8601 with an offset: the patterns below.
    }
    List<String> patterns = new ArrayList<>(formats);
    patterns.addAll(USUAL);
    for (String pattern : patterns) {
      Instant parsed = tryPattern(text, pattern, zone);
      if (parsed != null) {
        return parsed.toString();
      }
    }
    throw new IllegalArgumentException(
        "not a date or time this mapping reads (ISO 8601, or one of " + patterns + ")");
  }

  /** The value without Excel's guard against reading it as a formula, nor quotes. */
  private static String unguarded(String value) {
    String text = value.strip();
    if (text.startsWith("=")) {
      text = text.substring(1).strip();
    }
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
  }

  private static Instant tryPattern(String text, String pattern, ZoneId zone) {
    DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    TemporalAccessor parsed;
    try {
      parsed = formatter.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
    if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      return OffsetDateTime.from(parsed).toInstant();
    }
    if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
      return LocalDateTime.from(parsed).atZone(zone).toInstant();
    }
    return LocalDate.from(parsed).atStartOfDay(zone).toInstant();
  }
}
