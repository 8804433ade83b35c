package com.zangsho.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows of running totals added in one statement: a row whose key is new is inserted, one whose key
 * is there adds its numbers to the stored ones (day totals).
 *
 * <p>MariaDB and MySQL: {@code insert … on duplicate key update n = n + values(n)}. H2 (2.2.224,
 * the server's own) takes that syntax too, but answers each existing key by raising and catching a
 * duplicate-key error: 100 rows that all exist took 10.8 ms against 1.6 ms for 100 new ones, so an
 * orders batch slowed in a tenant whose days already had totals. On H2 the same rows go as one
 * {@code merge … using (values …)}: 2.0–2.3 ms either way. Its values are cast to the columns'
 * types, which H2 cannot infer for parameters in a {@code values} list.
 */
public final class AddingUpsert {
  private AddingUpsert() {}

  /**
   * @param keys the key's columns, each as {@code name type}, e.g. {@code tenant_id bigint}
   * @param sums the columns added up, each as {@code name type}
   * @param rows each row's values: the keys' then the sums', in that order
   */
  public static Query of(
      EntityManager em, String table, List<String> keys, List<String> sums, List<Object[]> rows) {
    List<String> columns = new ArrayList<>(keys);
    columns.addAll(sums);
    List<String> names = columns.stream().map(AddingUpsert::name).toList();
    String sql =
        TenantKeyList.isH2(em)
            ? merge(table, keys, sums, columns, names, rows.size())
            : insert(table, sums, names, rows.size());
    Query query = em.createNativeQuery(sql);
    int parameter = 1;
    for (Object[] row : rows) {
      for (Object value : row) {
        query.setParameter(parameter++, value);
      }
    }
    return query;
  }

  private static String insert(String table, List<String> sums, List<String> names, int rows) {
    String row = "(" + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
    // VALUES(column) rather than MySQL 8's row alias: MariaDB knows only the former.
    return "insert into "
        + table
        + " ("
        + String.join(", ", names)
        + ") values "
        + String.join(", ", Collections.nCopies(rows, row))
        + " on duplicate key update "
        + sums.stream()
            .map(AddingUpsert::name)
            .map(n -> n + " = " + n + " + values(" + n + ")")
            .collect(Collectors.joining(", "));
  }

  private static String merge(
      String table,
      List<String> keys,
      List<String> sums,
      List<String> columns,
      List<String> names,
      int rows) {
    String row =
        "("
            + columns.stream()
                .map(c -> "cast(? as " + c.substring(c.indexOf(' ') + 1) + ")")
                .collect(Collectors.joining(", "))
            + ")";
    return "merge into "
        + table
        + " t using (values "
        + String.join(", ", Collections.nCopies(rows, row))
        + ") s("
        + String.join(", ", names)
        + ") on "
        + keys.stream()
            .map(AddingUpsert::name)
            .map(n -> "t." + n + " = s." + n)
            .collect(Collectors.joining(" and "))
        + " when matched then update set "
        + sums.stream()
            .map(AddingUpsert::name)
            .map(n -> n + " = t." + n + " + s." + n)
            .collect(Collectors.joining(", "))
        + " when not matched then insert ("
        + String.join(", ", names)
        + ") values ("
        + names.stream().map(n -> "s." + n).collect(Collectors.joining(", "))
        + ")";
  }

  private static String name(String column) {
    return column.substring(0, column.indexOf(' '));
  }
}
