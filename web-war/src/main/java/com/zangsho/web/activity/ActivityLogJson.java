package com.zangsho.web.activity;

import com.zangsho.domain.activity.ActivityLogEntry;
import com.zangsho.web.json.JsonText;
import com.zangsho.web.json.Timestamps;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An activity log entry on the wire (api.md §10). */
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
public record ActivityLogJson(
    long id,
    String action,
    Long tokenId,
    String tokenName,
    String subjectType,
    Long subjectId,
    JsonObject summary,
    String ip,
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
}
