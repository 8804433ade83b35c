package com.zangsho.web.fileimport;

import static java.util.stream.Collectors.joining;

import com.zangsho.application.fileimport.FileImportService;
import com.zangsho.domain.ResourceNotFoundException;
import com.zangsho.domain.fileimport.FailedRow;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Ability;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import com.zangsho.web.api.Messages;
import com.zangsho.web.api.PathIds;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.auth.Forbidden;
import com.zangsho.web.auth.RequiresAbility;
import com.zangsho.web.json.DataJson;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.write.Answer;
import com.zangsho.web.write.WriteContext;
import com.zangsho.web.write.Writes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /v1/imports}: a whole file handed to the server, watched while it runs (docs/api.md §8a).
 */
@RequestScoped
@Path("v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "整檔匯入:上傳 CSV,由伺服器分批寫入")
@RequiresAbility(Ability.IMPORTS_MANAGE)
public class ImportResource {
  private static final String SUBJECT = "import";
  private static final Function<String, ResourceNotFoundException> NOT_FOUND =
      id -> new ResourceNotFoundException("import", id);

  /** What the failed-rows file adds after the file's own columns. */
  static final List<String> FAILED_COLUMNS = List.of("line", "reason", "message");

  /** The ability that writes each resource a file may feed. */
  private static final Map<String, String> WRITE_ABILITY =
      Map.of(
          "customers", Ability.CUSTOMERS_WRITE,
          "orders", Ability.ORDERS_WRITE,
          "subscriptions", Ability.SUBSCRIPTIONS_WRITE,
          "events", Ability.SUBSCRIPTIONS_WRITE);

  @Inject FileImportService imports;
  @Inject CurrentCaller caller;
  @Inject Writes writes;
  @Inject WriteContext context;
  @Context HttpHeaders headers;

  @Operation(
      operationId = "createImport",
      summary = "上傳檔案匯入",
      description =
          "整個 CSV 檔交給伺服器:讀完並存入資料庫後回 202,由伺服器以每 100 筆一個交易、與批次 API 相同的規則寫入;"
              + "同一商家一次執行一個匯入,其餘排隊。resource(檔案欄位即 API 欄位)、profile(內建的平台匯出對應)、"
              + "mapping(自訂 YAML 對應)三擇一。上限 512 MiB、1,048,576 資料列,超過回 413。"
              + "需要 imports:manage 以及所寫資源的 :write。")
  @APIResponseSchema(
      value = ImportJson.Response.class,
      responseCode = "202",
      responseDescription = "已收下並排入佇列;Location 為此匯入")
  @APIResponse(responseCode = "413", description = "檔案超過 512 MiB 或 1,048,576 資料列")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = ImportJson.Upload.class)))
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response create(
      @FormParam("file") EntityPart file,
      @FormParam("resource") String resource,
      @FormParam("profile") String profile,
      @FormParam("mapping") EntityPart mapping,
      @FormParam("on_conflict") String onConflict,
      @FormParam("dry_run") String dryRun,
      @FormParam("encoding") String encoding) {
    if (file == null) {
      throw new ValidationException(Violation.of("file", Rule.REQUIRED));
    }
    FileImportService.Upload upload;
    try {
      upload =
          new FileImportService.Upload(
              resource,
              profile,
              mapping == null ? null : utf8(mapping),
              onConflict,
              dryRun(dryRun),
              encoding,
              file.getFileName().orElse(null),
              file.getContent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String written : imports.resources(upload)) {
      String ability = WRITE_ABILITY.get(written);
      if (!caller.get().can(ability)) {
        return Forbidden.lacking(ability, headers);
      }
    }
    return writes.commit(
        "import.created",
        SUBJECT,
        () -> imports.create(caller.get(), context.ip(), upload),
        created -> {
          long id = created.getJsonNumber("id").longValue();
          return Answer.accepted(URI.create("/v1/imports/" + id), created).about(id);
        });
  }

  @Operation(operationId = "listImports", summary = "列出匯入", description = "新到舊。")
  @APIResponseSchema(value = ImportJson.Listing.class, responseDescription = "此商家的匯入")
  @GET
  public PageJson<JsonObject> list(
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("cursor") String cursor) {
    return PageJson.of(
        imports.list(caller.get(), PageRequest.fromQuery(page, perPage, cursor)),
        Function.identity());
  }

  @Operation(
      operationId = "listImportProfiles",
      summary = "列出內建的平台格式",
      description = "profile 可用的名稱,各自讀哪個平台的匯出檔、依序寫入哪些資源,以及讀取的欄位(用戶端可據以從檔案的標題列猜出格式)。")
  @APIResponseSchema(value = ImportJson.Profiles.class, responseDescription = "內建的平台格式")
  @GET
  @Path("profiles")
  public DataJson<List<ImportJson.Profile>> profiles() {
    return new DataJson<>(imports.profiles().stream().map(ImportJson.Profile::of).toList());
  }

  @Operation(
      operationId = "listImportResources",
      summary = "列出可匯入的資源與欄位",
      description =
          "resource 可用的值、寫入它所需的權限,以及自訂 mapping 可給每個資源的欄位(依字母排序;資源依匯入順序)。"
              + "customers 與 orders 另可用 metadata.<key>。")
  @APIResponseSchema(value = ImportJson.Resources.class, responseDescription = "可匯入的資源")
  @GET
  @Path("resources")
  public DataJson<List<ImportJson.Resource>> resources() {
    return new DataJson<>(
        imports.resourceFields().stream()
            .map(resource -> ImportJson.Resource.of(resource, WRITE_ABILITY.get(resource.name())))
            .toList());
  }

  @Operation(
      operationId = "getImport",
      summary = "取得匯入",
      description = "狀態、已讀列數、新增/更新/略過/失敗筆數、速度與預估剩餘時間。")
  @APIResponseSchema(value = ImportJson.Response.class, responseDescription = "匯入")
  @GET
  @Path("{id}")
  public DataJson<JsonObject> get(@PathParam("id") String id) {
    return new DataJson<>(imports.get(caller.get(), PathIds.require(id, NOT_FOUND)));
  }

  @Operation(
      operationId = "cancelImport",
      summary = "取消匯入",
      description = "在目前這批(100 筆)結束時停止;已寫入的保留並計入。排隊中的立即取消;已結束的不變。")
  @APIResponseSchema(value = ImportJson.Response.class, responseDescription = "匯入")
  @POST
  @Path("{id}/cancel")
  public Response cancel(@PathParam("id") String id) {
    long importId = PathIds.require(id, NOT_FOUND);
    return writes.commit(
        "import.cancelled",
        SUBJECT,
        () -> imports.cancel(caller.get(), importId),
        cancelled -> Answer.ok(cancelled).about(importId));
  }

  @Operation(
      operationId = "getImportFailedRows",
      summary = "下載失敗的列",
      description = "CSV:檔案原本的欄位,加上 line、reason、message;修正後可原樣再上傳(line、reason、message 欄會被略過)。")
  @APIResponse(
      responseCode = "200",
      description = "失敗的列",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @GET
  @Path("{id}/failed_rows")
  @Produces("text/csv")
  public Response failedRows(@PathParam("id") String id) {
    long importId = PathIds.require(id, NOT_FOUND);
    // Found (or not) before the answer starts, so that a wrong id is a 404, not a broken stream.
    imports.get(caller.get(), importId);
    Messages messages = Messages.forRequest(headers);
    var tenant = caller.get();
    StreamingOutput csv =
        out -> {
          CSVPrinter printer =
              new CSVPrinter(
                  new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                  CSVFormat.RFC4180);
          imports.failedRows(
              tenant,
              importId,
              new FileImportService.FailedRowsOut() {
                @Override
                public void header(List<String> columns) {
                  List<String> all = new ArrayList<>(columns);
                  all.addAll(FAILED_COLUMNS);
                  print(printer, all);
                }

                @Override
                public void row(FileImportService.FailedLine line) {
                  List<String> record = new ArrayList<>(line.cells());
                  record.add(Long.toString(line.line()));
                  record.add(
                      line.failures().stream().map(FailedRow::reason).collect(joining("; ")));
                  record.add(
                      line.failures().stream()
                          .map(failure -> message(failure, messages))
                          .collect(joining("; ")));
                  print(printer, record);
                }
              });
          printer.flush();
        };
    return Response.ok(csv)
        .header(
            "Content-Disposition", "attachment; filename=\"import-" + importId + "-failed.csv\"")
        .build();
  }

  /** A mapping's YAML, a text field or a file, as UTF-8 whatever the part says. */
  private static String utf8(EntityPart part) throws IOException {
    try (var content = part.getContent()) {
      return new String(content.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void print(CSVPrinter printer, List<String> record) {
    try {
      printer.printRecord(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String message(FailedRow failure, Messages messages) {
    if (failure.rule() == null) {
      return failure.message();
    }
    return messages.violation(
        new Violation(failure.field(), Rule.valueOf(failure.rule()), List.copyOf(failure.args())));
  }

  private static boolean dryRun(String value) {
    if (value == null || value.isBlank() || value.equals("false") || value.equals("0")) {
      return false;
    }
    if (value.equals("true") || value.equals("1")) {
      return true;
    }
    throw new ValidationException(Violation.of("dry_run", Rule.BOOLEAN));
  }
}
