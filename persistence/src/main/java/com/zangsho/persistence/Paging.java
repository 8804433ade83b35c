package com.zangsho.persistence;

import com.zangsho.domain.page.Cursor;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a list endpoint: a count that stops a window past the page, then the page's rows by offset
 * or after a cursor (keyset), one row more than the page so that it knows whether another follows.
 */
public final class Paging {
  /**
   * How many rows past a page's start are counted (docs/api.md §1). A list that ends within it gets
   * its exact total; a longer one gets the window as a lower bound, so that the first page of a
   * million customers counts ten thousand index entries rather than a million.
   */
  public static final int COUNT_WINDOW = 10_000;

  private Paging() {}

  public static <T> Page<T> page(
      EntityManager em, ListQuery<T> list, TenantWhere where, PageRequest page) {
    if (page.isKeyset()) {
      list.order().check(page.after()); // before the count, so that even an empty list refuses it
    }
    long window = window(page);
    // Is there a row at the window's end? An index walk of the window, as cheap as counting it.
    boolean exact =
        ids(em, list, where)
            .setFirstResult((int) window - 1)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    long counted =
        exact
            ? where
                .bind(em.createQuery("select count(*) from " + list.entity() + where, Long.class))
                .getSingleResult()
            : window;
    if (exact && counted <= page.offset()) {
      return new Page<>(List.of(), page, counted, true, null);
    }
    return rows(em, list, where, page, counted, exact);
  }

  /**
   * The page's rows of a list already counted: {@code counted} rows, or at least that many when not
   * {@code exact}. The page's ids come first, from the list's index alone, so that a deep offset
   * skips index entries rather than rows, and a join cannot lead the database to another plan.
   */
  public static <T> Page<T> rows(
      EntityManager em,
      ListQuery<T> list,
      TenantWhere where,
      PageRequest page,
      long counted,
      boolean exact) {
    if (page.isKeyset()) {
      list.order().after(where, page.after());
    }
    List<Long> ids =
        ids(em, list, where)
            .setFirstResult((int) page.offset())
            .setMaxResults(page.perPage() + 1)
            .getResultList();
    return of(withIds(em, list, where.tenantId(), ids), page, counted, exact, list.cursorOf());
  }

  /**
   * Where counting stops for this page: {@link #COUNT_WINDOW} rows past its start, but within what
   * a query's offset can say (a page number of two billion asks for more).
   */
  public static long window(PageRequest page) {
    return Math.min(page.offset() + COUNT_WINDOW, Integer.MAX_VALUE);
  }

  /** The list's ids in its order, read from its index alone. */
  private static TypedQuery<Long> ids(EntityManager em, ListQuery<?> list, TenantWhere where) {
    String a = where.alias();
    return list.onItsIndex(
        where.bind(
            em.createQuery(
                "select " + a + ".id from " + list.entity() + where + list.order().orderBy(a),
                Long.class)));
  }

  /** The rows with these ids, in the list's order, with what each brings along. */
  public static <T> List<T> withIds(
      EntityManager em, ListQuery<T> list, long tenantId, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String a = list.alias();
    return em.createQuery(
            "select "
                + a
                + " from "
                + list.entity()
                + list.fetch()
                + " where "
                + a
                + ".tenantId = :tenantId and "
                + a
                + ".id in :ids"
                + list.order().orderBy(a),
            list.type())
        .setParameter("tenantId", tenantId)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** A page from rows fetched one past it: the extra row only says that another page follows. */
  public static <T> Page<T> of(
      List<T> rows, PageRequest page, long counted, boolean exact, Function<T, Cursor> cursorOf) {
    if (rows.size() <= page.perPage()) {
      return new Page<>(rows, page, counted, exact, null);
    }
    List<T> items = rows.subList(0, page.perPage());
    return new Page<>(items, page, counted, exact, cursorOf.apply(items.get(items.size() - 1)));
  }
}
