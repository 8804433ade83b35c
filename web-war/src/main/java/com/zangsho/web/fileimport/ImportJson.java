package com.zangsho.web.fileimport;

import com.zangsho.application.fileimport.FileImportService;
import com.zangsho.web.json.PageJson;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An import on the wire, as the OpenAPI document describes it. The object itself is made by the
 * application ({@code FileImportJson}), which sends the same one in the {@code import.completed}
 * and {@code import.failed} webhook events.
 */
@Schema(name = "Import", description = "伺服器端的檔案匯入")
public record ImportJson(
    long id,
    @Schema(enumeration = "import") String object,
    @Schema(nullable = true, description = "檔案欄位即 API 欄位時的資源") String resource,
    @Schema(nullable = true, description = "內建對應(各平台的匯出檔)") String profile,
    @Schema(description = "是否以上傳的 mapping 對應") boolean mapping,
    @Schema(enumeration = {"queued", "running", "completed", "failed", "cancelled"}) String state,
    boolean dryRun,
    @Schema(enumeration = {"skip", "update"}) String onConflict,
    @Schema(nullable = true) String fileName,
    long fileBytes,
    @Schema(description = "資料列數(不含標題列)") long fileRows,
    @Schema(nullable = true) String fileSha256,
    @Schema(description = "已讀的列(經 mapping 時為已讀的紀錄)") long rowsRead,
    long created,
    long updated,
    long skipped,
    long failed,
    @Schema(description = "這次執行的速度") long rowsPerSecond,
    @Schema(nullable = true, description = "以目前速度估計的剩餘秒數;未執行或經 mapping 時為 null") Long etaSeconds,
    @Schema(nullable = true, description = "匯入整體失敗的原因") String error,
    String createdAt,
    @Schema(nullable = true) String startedAt,
    @Schema(nullable = true) String finishedAt) {

  /** The envelope {@code ImportResponse} of the OpenAPI document. */
  @Schema(name = "ImportResponse", description = "{\"data\": Import}")
  public record Response(ImportJson data) {}

  /** The envelope {@code ImportList} of the OpenAPI document. */
  @Schema(name = "ImportProfile", description = "內建的平台格式")
  public record Profile(
      @Schema(description = "profile 欄位的值", example = "shopify-orders") String name,
      @Schema(description = "讀哪個平台的哪個匯出檔") String title,
      @Schema(description = "依序寫入的資源") List<String> resources,
      @Schema(description = "讀取的欄位") List<String> columns) {
    static Profile of(FileImportService.Profile profile) {
      return new Profile(profile.name(), profile.title(), profile.resources(), profile.columns());
    }
  }

  @Schema(name = "ImportProfileList", description = "{\"data\": [ImportProfile]}")
  public record Profiles(List<Profile> data) {}

  @Schema(name = "ImportResource", description = "可匯入的資源")
  public record Resource(
      @Schema(description = "resource 欄位的值", example = "customers") String name,
      @Schema(description = "自訂 mapping 可給的欄位") List<String> fields,
      @Schema(description = "寫入它所需的權限(另需 imports:manage)", example = "customers:write")
          String ability) {
    static Resource of(FileImportService.ResourceFields resource, String ability) {
      return new Resource(resource.name(), resource.fields(), ability);
    }
  }

  @Schema(name = "ImportResourceList", description = "{\"data\": [ImportResource]}")
  public record Resources(List<Resource> data) {}

  @Schema(name = "ImportList", description = "{\"data\": [Import], \"meta\": ...}")
  public record Listing(List<ImportJson> data, PageJson.Meta meta) {}

  /** The form of {@code POST /v1/imports}. */
  @Schema(
      name = "ImportUpload",
      description = "multipart/form-data;resource、profile、mapping 三擇一",
      requiredProperties = "file")
  public record Upload(
      @Schema(
              type = SchemaType.STRING,
              format = "binary",
              description = "CSV 檔(UTF-8、UTF-16 或 Big5)")
          String file,
      @Schema(
              nullable = true,
              enumeration = {"customers", "orders", "subscriptions", "events"},
              description = "檔案欄位即該資源的 API 欄位")
          String resource,
      @Schema(nullable = true, description = "內建對應,例如 shopify-orders") String profile,
      @Schema(
              nullable = true,
              type = SchemaType.STRING,
              format = "binary",
              description = "自訂對應(YAML)")
          String mapping,
      @Schema(
              nullable = true,
              enumeration = {"skip", "update"})
          String onConflict,
      @Schema(nullable = true, description = "true:只檢查、不寫入") Boolean dryRun,
      @Schema(nullable = true, description = "utf-8(預設)、utf-16 或 big5") String encoding) {}
}
