package com.zangsho.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An amount as exports write it, to the API's decimal text with at least two places: {@code
 * NT$1,990} and {@code 1,990.00} are {@code 1990.00}; a currency's symbol or code and spaces around
 * the number are dropped, commas are thousands separators. The currency itself is a field of its
 * own (from a column or a constant).
 */
public final class Amounts {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern NOT_PART_OF_A_NUMBER = Pattern.compile("[^0-9.\\-]");

  /** How many of each interval a year has: a price per interval times this, over 12, is monthly. */
  private static final Map<String, Integer> PER_YEAR =
      Map.of("day", 365, "week", 52, "month", 12, "quarter", 4, "semi-annual", 2, "year", 1);

  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  private Amounts() {}

  /**
   * An amount times a quantity as exports write it ({@code 3}, {@code 1.5}); a blank quantity is
   * one.
   *
   * @throws IllegalArgumentException when the quantity is not a number
   */
  public static String times(String amount, String quantity) {
    if (quantity == null) {
      return amount;
    }
    BigDecimal factor;
    try {
      factor = new BigDecimal(quantity.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the quantity \"" + quantity + "\" is not a number", e);
    }
    BigDecimal product = new BigDecimal(amount).multiply(factor);
    return (product.scale() < 2 ? product.setScale(2) : product).toPlainString();
  }

  /**
   * An amount per {@code interval} ({@code day}, {@code week}, {@code month}, {@code quarter},
   * {@code semi-annual}, {@code year}; {@code -ly} and plural forms too) as one per month, to the
   * cent: a yearly 11,880 is 990.00 a month.
   *
   * @throws IllegalArgumentException for another interval
   */
  public static String perMonth(String amount, String interval) {
    String word = interval == null ? "" : interval.strip().toLowerCase(Locale.ROOT);
    word =
        switch (word) {
          case "daily", "days" -> "day";
          case "weekly", "weeks" -> "week";
          case "monthly", "months" -> "month";
          case "quarterly", "quarters" -> "quarter";
          case "half-year", "semiannual" -> "semi-annual";
          case "yearly", "years", "annual", "annually" -> "year";
          default -> word;
        };
    Integer perYear = PER_YEAR.get(word);
    if (perYear == null) {
      throw new IllegalArgumentException(
          "no interval to make \""
              + amount
              + "\" per month from (day, week, month, quarter, semi-annual or year)");
    }
    return new BigDecimal(amount)
        .multiply(BigDecimal.valueOf(perYear))
        .divide(MONTHS, 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /**
   * @throws IllegalArgumentException when what is left is not a number
   */
  public static String parse(String value) {
    String digits = NOT_PART_OF_A_NUMBER.matcher(value.replace(",", "")).replaceAll("");
    if (!NUMBER.matcher(digits).matches()) {
      throw new IllegalArgumentException("not an amount (e.g. 1990, 1,990.00 or NT$1,990)");
    }
    BigDecimal amount = new BigDecimal(digits);
    return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
  }
}
