package com.zangsho.persistence;

import com.zangsho.domain.page.Cursor;
import jakarta.persistence.TypedQuery;
import java.util.function.Function;
import org.hibernate.query.Query;

/**
 * What a list endpoint reads, for {@link Paging}.
 *
 * @param entity the entity's name and the alias its {@link TenantWhere} uses, e.g. {@code
 *     "SalesOrder o"}
 * @param fetch what each row brings along, e.g. {@code " join fetch o.customer"}, or empty
 * @param cursorOf the cursor that continues after a row, in {@code order}
 * @param index the index that walks the list in its order, named to the database ({@code use
 *     index}) where several indexes start with the tenant, or null. Among customers' six, MariaDB
 *     10.11 reads the unique (tenant_id, id) by {@code ref} on the tenant alone and tests {@code id
 *     > ?} entry by entry: 80–170 ms half-way down a million customers, where the range read of the
 *     index named takes 10 ms (docs/performance.md). A plain index, so that H2 knows it by the same
 *     name.
 */
public record ListQuery<T>(
    Class<T> type,
    String entity,
    String fetch,
    ListOrder order,
    Function<T, Cursor> cursorOf,
    String index) {
  public ListQuery(
      Class<T> type, String entity, String fetch, ListOrder order, Function<T, Cursor> cursorOf) {
    this(type, entity, fetch, order, cursorOf, null);
  }

  String alias() {
    return entity.substring(entity.lastIndexOf(' ') + 1);
  }

  /** The query, told which index to read where there is one to name. */
  <R> TypedQuery<R> onItsIndex(TypedQuery<R> query) {
    if (index != null) {
      query.unwrap(Query.class).addQueryHint(index);
    }
    return query;
  }
}
