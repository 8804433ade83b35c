package com.zangsho.web.batch;

import com.zangsho.domain.batch.BatchResult;
import com.zangsho.web.api.Messages;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The seed's batch response, with all four lists always present. */
@JsonbPropertyOrder({"total", "created", "updated", "skipped", "failed", "results"})
@Schema(name = "BatchResult", description = "批次匯入結果(四個批次端點共用):每筆資料的 index 為請求中的位置(自 0 起)")
public record BatchResultJson(
    int total, int created, int updated, int skipped, int failed, Results results) {

  @JsonbPropertyOrder({"created", "updated", "skipped", "failed"})
  @Schema(name = "BatchResults", description = "四個清單一律存在")
  public record Results(
      List<Written> created, List<Written> updated, List<Skipped> skipped, List<Failed> failed) {}

  @JsonbPropertyOrder({"index", "id", "identifier"})
  @Schema(name = "BatchWrittenItem", description = "建立或更新的一筆;dry_run 時將建立的 id 為 null")
  public record Written(int index, @Schema(nullable = true) Long id, String identifier) {}

  @JsonbPropertyOrder({"index", "reason", "identifier"})
  @Schema(name = "BatchSkippedItem", description = "跳過的一筆")
  public record Skipped(int index, String reason, String identifier) {}

  @JsonbPropertyOrder({"index", "reason", "message", "identifier"})
  @Schema(name = "BatchFailedItem", description = "失敗的一筆;識別欄位本身缺少時 identifier 為 null")
  public record Failed(
      int index, String reason, String message, @Schema(nullable = true) String identifier) {}

  public static BatchResultJson of(BatchResult result, Messages messages) {
    return new BatchResultJson(
        result.total(),
        result.created().size(),
        result.updated().size(),
        result.skipped().size(),
        result.failed().size(),
        new Results(
            result.created().stream()
                .map(w -> new Written(w.index(), w.id(), w.identifier()))
                .toList(),
            result.updated().stream()
                .map(w -> new Written(w.index(), w.id(), w.identifier()))
                .toList(),
            result.skipped().stream()
                .map(s -> new Skipped(s.index(), s.reason(), s.identifier()))
                .toList(),
            result.failed().stream()
                .map(
                    f ->
                        new Failed(
                            f.index(),
                            f.reason(),
                            messages.violation(f.violation()),
                            f.identifier()))
                .toList()));
  }

  /** The envelope {@code BatchResultResponse} of the OpenAPI document. */
  @Schema(name = "BatchResultResponse", description = "{\"data\": 批次匯入結果}(四個批次端點共用)")
  public record Response(BatchResultJson data) {}
}
