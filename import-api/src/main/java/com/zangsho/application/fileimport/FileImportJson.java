package com.zangsho.application.fileimport;

import com.zangsho.domain.fileimport.FileImport;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * An import as the API shows it, {@code GET /v1/imports/{id}}'s {@code data}: made here, once, for
 * the endpoints and for the {@code import.completed} and {@code import.failed} events, which an
 * import's job sends with no request to answer.
 */
public final class FileImportJson {
  /** Made once: {@code JSON.createObjectBuilder()} looks its provider up on every call. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private FileImportJson() {}

  public static JsonObject of(FileImport i, Instant now) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder().add("id", i.getId()).add("object", "import");
    text(json, "resource", i.getResource());
    text(json, "profile", i.getProfile());
    json.add("mapping", i.getMappingYaml() != null)
        .add("state", i.getState().wireName())
        .add("dry_run", i.isDryRun())
        .add("on_conflict", i.getOnConflict().wireName());
    text(json, "file_name", i.getFileName());
    json.add("file_bytes", i.getFileBytes()).add("file_rows", i.getFileRows());
    text(json, "file_sha256", i.getFileSha256());
    json.add("rows_read", i.getRowsRead())
        .add("created", i.getCreatedCount())
        .add("updated", i.getUpdatedCount())
        .add("skipped", i.getSkippedCount())
        .add("failed", i.getFailedCount())
        .add("rows_per_second", Math.round(i.rowsPerSecond(now)));
    Long eta = i.etaSeconds(now);
    if (eta == null) {
      json.addNull("eta_seconds");
    } else {
      json.add("eta_seconds", eta);
    }
    text(json, "error", i.getError());
    timestamp(json, "created_at", i.getCreatedAt());
    timestamp(json, "started_at", i.getStartedAt());
    timestamp(json, "finished_at", i.getFinishedAt());
    return json.build();
  }

  private static void text(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  /** As every timestamp of the API: UTC, to the second. */
  private static void timestamp(JsonObjectBuilder json, String name, Instant value) {
    text(json, name, value == null ? null : value.truncatedTo(ChronoUnit.SECONDS).toString());
  }
}
