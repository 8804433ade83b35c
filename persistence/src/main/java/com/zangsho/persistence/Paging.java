package com.zangsho.persistence;

import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a list endpoint's two queries: the count, then the page's rows unless it is past the end.
 */
public final class Paging {
  private Paging() {}

  public static <T> Page<T> page(
      TypedQuery<Long> count, Supplier<TypedQuery<T>> rows, PageRequest page) {
    long total = count.getSingleResult();
    List<T> items =
        total <= page.offset()
            ? List.of()
            : rows.get()
                .setFirstResult((int) page.offset())
                .setMaxResults(page.perPage())
                .getResultList();
    return new Page<>(items, page, total);
  }
}
