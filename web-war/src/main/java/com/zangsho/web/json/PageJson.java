package com.zangsho.web.json;

import com.zangsho.domain.page.Page;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope: {@code {"data": [...], "meta": {...}}}, Laravel's length-aware paginator. */
@JsonbPropertyOrder({"data", "meta"})
public record PageJson<T>(List<T> data, Meta meta) {
  @JsonbPropertyOrder({"currentPage", "from", "lastPage", "perPage", "to", "total"})
  @Schema(name = "PageMeta", description = "分頁資訊;from 與 to 為本頁第一筆與最後一筆的位置(自 1 起),空頁時為 null")
  public record Meta(
      int currentPage,
      @Schema(nullable = true) Long from,
      int lastPage,
      int perPage,
      @Schema(nullable = true) Long to,
      long total) {}

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
