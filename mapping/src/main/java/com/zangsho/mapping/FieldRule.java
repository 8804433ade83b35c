package com.zangsho.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where one target field's value comes from and how it is read: a column, a template over columns
 * or a constant; then a value map ({@code partially_refunded → refunded}, case-insensitive; words
 * it does not name become {@code otherwise}, or pass unchanged for the server to judge), a date or
 * an amount, which may be per a billing interval and so made per month.
 *
 * @param column the export's column, or null
 * @param template a template over columns, or null
 * @param constant a constant, or null
 * @param values the value map, or empty
 * @param otherwise what a word the value map does not name becomes, or null: unchanged
 * @param dates how to read a date or time, or null
 * @param amount whether the value is an amount ({@link Amounts})
 * @param perInterval the column naming the interval the amount is for ({@code month}, {@code year},
 *     …, as {@link Amounts#perMonth}), or null: the amount is as it is
 * @param sum whether rows grouped into one add this field up (an amount); otherwise the first
 *     non-empty value wins
 * @param optional whether a file may lack its columns (a platform's export that varies by version
 *     or settings); the field is then left out
 */
public record FieldRule(
    String column,
    Template template,
    String constant,
    Map<String, String> values,
    String otherwise,
    Dates dates,
    boolean amount,
    String perInterval,
    boolean sum,
    boolean optional) {
  public FieldRule {
    int sources =
        (column != null ? 1 : 0) + (template != null ? 1 : 0) + (constant != null ? 1 : 0);
    if (sources != 1) {
      throw new MappingException("a field comes from exactly one of column, template or constant");
    }
    if ((sum || perInterval != null) && !amount) {
      throw new MappingException("only an amount can be summed or made per month");
    }
    if (otherwise != null && values.isEmpty()) {
      throw new MappingException("otherwise belongs to a value map: give values too");
    }
    values =
        values.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    e -> e.getKey().strip().toLowerCase(Locale.ROOT), Map.Entry::getValue));
  }

  /** The columns it reads. */
  public List<String> columns() {
    List<String> columns =
        new ArrayList<>(
            column != null ? List.of(column) : template != null ? template.columns() : List.of());
    if (perInterval != null) {
      columns.add(perInterval);
    }
    return columns;
  }

  /** Where it comes from, as a person reads it: {@code Email}, {@code {First Name} {Last Name}}. */
  public String source() {
    return column != null
        ? column
        : template != null ? template.toString() : "\"" + constant + "\"";
  }

  /**
   * The field's value for {@code row}: text, or null when the source is blank.
   *
   * @throws IllegalArgumentException when the cell is not what the rule reads
   */
  public String valueOf(Row row) {
    String raw =
        column != null ? row.get(column) : template != null ? template.render(row) : constant;
    if (raw == null) {
      return null;
    }
    String mapped =
        values.getOrDefault(raw.toLowerCase(Locale.ROOT), otherwise != null ? otherwise : raw);
    if (dates != null) {
      return dates.parse(mapped);
    }
    if (amount) {
      String parsed = Amounts.parse(mapped);
      return perInterval == null ? parsed : Amounts.perMonth(parsed, row.get(perInterval));
    }
    return mapped;
  }

  /** Two rows' values of a summed field, added. */
  static String add(String a, String b) {
    return new BigDecimal(a).add(new BigDecimal(b)).toPlainString();
  }
}
