package com.zangsho.web.json;

import com.zangsho.domain.page.Page;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope: {@code {"data": [...], "meta": {...}}}, Laravel's length-aware paginator. */
@JsonbPropertyOrder({"data", "meta"})
public record PageJson<T>(List<T> data, Meta meta) {
  @JsonbPropertyOrder({
    "currentPage",
    "from",
    "lastPage",
    "perPage",
    "to",
    "total",
    "totalIsExact",
    "nextCursor"
  })
  @Schema(
      name = "PageMeta",
      description =
          "分頁資訊;from 與 to 為本頁第一筆與最後一筆的位置(自 1 起),空頁時為 null。"
              + "total 只往後數到本頁起點之後 10,000 筆:清單在此之內結束時 total 為確切筆數"
              + "(total_is_exact 為 true),否則為下限(total_is_exact 為 false)。"
              + "以 cursor 取的頁不計位置,current_page、from、to 為 null。")
  public record Meta(
      @Schema(nullable = true, description = "頁碼;以 cursor 取的頁為 null") Integer currentPage,
      @Schema(nullable = true) Long from,
      int lastPage,
      int perPage,
      @Schema(nullable = true) Long to,
      long total,
      @Schema(description = "total 是否為確切筆數;false 時 total 是下限") boolean totalIsExact,
      @Schema(nullable = true, description = "下一頁的 cursor(傳回 ?cursor= 即取下一頁);沒有下一頁時為 null")
          String nextCursor) {}

  public static <E, T> PageJson<T> of(Page<E> page, Function<? super E, ? extends T> toJson) {
    Page<T> mapped = page.map(toJson);
    return new PageJson<>(
        mapped.items(),
        new Meta(
            page.currentPage(),
            page.from(),
            page.lastPage(),
            page.request().perPage(),
            page.to(),
            page.total(),
            page.totalExact(),
            page.next() == null ? null : page.next().encode()));
  }
}
