package com.zangsho.web.activity;

import com.zangsho.domain.activity.ActivityLogEntry;
import com.zangsho.web.json.JsonText;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.json.Timestamps;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity log entry on the wire (docs/api.md §10). */
@JsonbPropertyOrder({
  "id",
  "action",
  "tokenId",
  "tokenName",
  "subjectType",
  "subjectId",
  "summary",
  "ip",
  "createdAt"
})
@Schema(name = "ActivityLogEntry", description = "一筆寫入的紀錄;批次匯入的 summary 含各結果筆數")
public record ActivityLogJson(
    long id,
    String action,
    @Schema(nullable = true) Long tokenId,
    @Schema(nullable = true) String tokenName,
    @Schema(nullable = true) String subjectType,
    @Schema(nullable = true) Long subjectId,
    @Schema(nullable = true) JsonObject summary,
    @Schema(nullable = true) String ip,
    String createdAt) {

  public static ActivityLogJson of(ActivityLogEntry entry) {
    return new ActivityLogJson(
        entry.getId(),
        entry.getAction(),
        entry.getTokenId(),
        entry.getTokenName(),
        entry.getSubjectType(),
        entry.getSubjectId(),
        JsonText.object(entry.getSummary()),
        entry.getIp(),
        Timestamps.format(entry.getCreatedAt()));
  }

  /** The envelope {@code ActivityLogPage} of the OpenAPI document. */
  @Schema(name = "ActivityLogPage", description = "操作紀錄與分頁資訊")
  public record Page(List<ActivityLogJson> data, PageJson.Meta meta) {}
}
