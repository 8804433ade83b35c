package com.zangsho.domain.page;

import java.util.List;
import java.util.function.Function;

/**
 * One page of rows, how many rows the whole list holds, and where the page after it starts.
 *
 * @param total the number of rows in the list when {@code totalExact}; otherwise a lower bound,
 *     because counting stops a fixed window of rows past the page's start (a list of millions is
 *     not counted on every page)
 * @param next where the page after this one starts, or null when no row follows this page
 */
public record Page<T>(
    List<T> items, PageRequest request, long total, boolean totalExact, Cursor next) {
  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), request, total, totalExact, next);
  }

  /** The page number, or null for a keyset page, whose position is not counted. */
  public Integer currentPage() {
    return request.isKeyset() ? null : request.page();
  }

  public int lastPage() {
    return (int)
        Math.max(
            1, Math.min(Integer.MAX_VALUE, (total + request.perPage() - 1) / request.perPage()));
  }

  /** 1-based position of the first row on this page, or null when empty or a keyset page. */
  public Long from() {
    return items.isEmpty() || request.isKeyset() ? null : request.offset() + 1;
  }

  /** 1-based position of the last row on this page, or null when empty or a keyset page. */
  public Long to() {
    return items.isEmpty() || request.isKeyset() ? null : request.offset() + items.size();
  }
}
