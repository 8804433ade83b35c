package com.zangsho.mapping;

import java.math.BigDecimal;
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

  private Amounts() {}

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
