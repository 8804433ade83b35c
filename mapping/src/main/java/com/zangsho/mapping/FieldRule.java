package com.zangsho.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 * @param otherColumns columns read, in order, when {@code column}'s cell is blank or the file lacks
 *     it (exports of one platform that differ by version: Shopify's {@code Total} or {@code
 *     Transaction Amount}); a file needs one of them
 * @param template a template over columns, or null
 * @param constant a constant, or null
 * @param values the value map, or empty
 * @param otherwise what a word the value map does not name becomes, or null: unchanged
 * @param dates how to read a date or time, or null
 * @param amount whether the value is an amount ({@link Amounts})
 * @param times a column whose number the amount is multiplied by (a line item's quantity), or null
 * @param perInterval the column naming the interval the amount is for ({@code month}, {@code year},
 *     …, as {@link Amounts#perMonth}), or null: the amount is as it is
 * @param sum whether rows grouped into one add this field up (an amount); otherwise the first
 *     non-empty value wins
 * @param optional whether a file may lack its columns (a platform's export that varies by version
 *     or settings); the field is then left out
 * @param orElse the rule that gives the field when this one gives nothing over all of a record's
 *     rows (a Shopify order without a {@code Total}: its line items), or null
 */
public record FieldRule(
    String column,
    List<String> otherColumns,
    Template template,
    String constant,
    Map<String, String> values,
    String otherwise,
    Dates dates,
    boolean amount,
    String times,
    String perInterval,
    boolean sum,
    boolean optional,
    FieldRule orElse) {
  public FieldRule {
    int sources =
        (column != null ? 1 : 0) + (template != null ? 1 : 0) + (constant != null ? 1 : 0);
    if (sources != 1) {
      throw new MappingException("a field comes from exactly one of column, template or constant");
    }
    otherColumns = List.copyOf(otherColumns);
    if (!otherColumns.isEmpty() && column == null) {
      throw new MappingException("other columns follow a column");
    }
    if ((sum || perInterval != null || times != null) && !amount) {
      throw new MappingException("only an amount can be summed, multiplied or made per month");
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
    List<String> columns = new ArrayList<>(columnsInOrder());
    if (template != null) {
      columns.addAll(template.columns());
    }
    if (times != null) {
      columns.add(times);
    }
    if (perInterval != null) {
      columns.add(perInterval);
    }
    if (orElse != null) {
      columns.addAll(orElse.columns());
    }
    return columns;
  }

  /** This rule, then those it falls back on, in order. */
  public List<FieldRule> chain() {
    List<FieldRule> chain = new ArrayList<>();
    for (FieldRule rule = this; rule != null; rule = rule.orElse) {
      chain.add(rule);
    }
    return chain;
  }

  /**
   * The columns this rule (not those it falls back on) needs that {@code headers} lacks, each entry
   * one of which it needs: empty when it can read such a file.
   */
  public List<String> missing(Collection<String> headers) {
    List<String> missing = new ArrayList<>();
    if (column != null && columnsInOrder().stream().noneMatch(headers::contains)) {
      missing.add(String.join(" or ", columnsInOrder()));
    }
    if (template != null) {
      template.columns().stream().filter(c -> !headers.contains(c)).forEach(missing::add);
    }
    for (String needed : Arrays.asList(times, perInterval)) {
      if (needed != null && !headers.contains(needed)) {
        missing.add(needed);
      }
    }
    return missing;
  }

  /** {@code column} then {@code otherColumns}, or nothing. */
  public List<String> columnsInOrder() {
    if (column == null) {
      return List.of();
    }
    List<String> columns = new ArrayList<>(List.of(column));
    columns.addAll(otherColumns);
    return columns;
  }

  /**
   * Where it comes from, as a person reads it: {@code Email}, {@code Total, else Transaction
   * Amount}, {@code {First Name} {Last Name}}.
   */
  public String source() {
    return column != null
        ? String.join(", else ", columnsInOrder())
        : template != null ? template.toString() : "\"" + constant + "\"";
  }

  /** The cell it reads in {@code row}: the first of its columns that is not blank, or null. */
  public String cell(Row row) {
    for (String name : columnsInOrder()) {
      String value = row.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * The field's value for {@code row}: text, or null when the source is blank.
   *
   * @throws IllegalArgumentException when the cell is not what the rule reads
   */
  public String valueOf(Row row) {
    String raw = column != null ? cell(row) : template != null ? template.render(row) : constant;
    if (raw == null) {
      return null;
    }
    String mapped =
        values.isEmpty()
            ? raw
            : values.getOrDefault(
                raw.toLowerCase(Locale.ROOT), otherwise != null ? otherwise : raw);
    if (dates != null) {
      return dates.parse(mapped);
    }
    if (amount) {
      String parsed = Amounts.parse(mapped);
      if (times != null) {
        parsed = Amounts.times(parsed, row.get(times));
      }
      return perInterval == null ? parsed : Amounts.perMonth(parsed, row.get(perInterval));
    }
    return mapped;
  }

  /** Two rows' values of a summed field, added. */
  static String add(String a, String b) {
    return new BigDecimal(a).add(new BigDecimal(b)).toPlainString();
  }
}
