package com.zangsho.web.json;

import com.zangsho.domain.page.Page;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;

/** The list envelope: {@code {"data": [...], "meta": {...}}}, Laravel's length-aware paginator. */
@JsonbPropertyOrder({"data", "meta"})
public record PageJson<T>(List<T> data, Meta meta) {
  @JsonbPropertyOrder({"currentPage", "from", "lastPage", "perPage", "to", "total"})
  public record Meta(int currentPage, Long from, int lastPage, int perPage, Long to, long total) {}

  public static <E, T> PageJson<T> of(Page<E> page, Function<? super E, ? extends T> toJson) {
    Page<T> mapped = page.map(toJson);
    return new PageJson<>(
        mapped.items(),
        new Meta(
            page.request().page(),
            page.from(),
            page.lastPage(),
            page.request().perPage(),
            page.to(),
            page.total()));
  }
}
