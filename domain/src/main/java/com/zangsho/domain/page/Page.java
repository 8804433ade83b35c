package com.zangsho.domain.page;

import java.util.List;
import java.util.function.Function;

/** One page of rows and the total number of rows across all pages. */
public record Page<T>(List<T> items, PageRequest request, long total) {
  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), request, total);
  }

  public int lastPage() {
    return (int) Math.max(1, (total + request.perPage() - 1) / request.perPage());
  }

  /** 1-based position of the first row on this page, or null when the page is empty. */
  public Long from() {
    return items.isEmpty() ? null : request.offset() + 1;
  }

  /** 1-based position of the last row on this page, or null when the page is empty. */
  public Long to() {
    return items.isEmpty() ? null : request.offset() + items.size();
  }
}
