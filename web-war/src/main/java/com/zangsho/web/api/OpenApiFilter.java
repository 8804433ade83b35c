package com.zangsho.web.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What every {@code /v1} operation shares, added to the generated document in one place rather than
 * on each method: the Bearer scheme, the error body, the answers every endpoint can give (401, 403,
 * 429, 503), the rate-limit headers on every answer, and on writes the {@code X-Idempotency-Key}
 * header with its 409 and 422.
 */
public class OpenApiFilter implements OASFilter {
  static final String BEARER = "bearer";
  private static final Set<PathItem.HttpMethod> WRITES =
      Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.DELETE);

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components =
        openAPI.getComponents() != null ? openAPI.getComponents() : OASFactory.createComponents();
    openAPI.setComponents(components);
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description("Authorization: Bearer <token>(POST /admin/tenants 或 /v1/tokens 取得)"));
    components.addSchema(
        "Error",
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .addProperty(
                "message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
            .addRequired("message"));
    components.addSchema(
        "ValidationError",
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .addProperty(
                "message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
            .addProperty(
                "errors",
                OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.OBJECT))
                    .additionalPropertiesSchema(
                        OASFactory.createSchema()
                            .type(List.of(Schema.SchemaType.ARRAY))
                            .items(
                                OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))))
            .addRequired("message"));
    if (openAPI.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith("/v1/")) {
        continue;
      }
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        complete(operation.getValue(), WRITES.contains(operation.getKey()), path.getKey());
      }
    }
  }

  private static void complete(Operation operation, boolean write, String path) {
    operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
    APIResponses responses =
        operation.getResponses() != null
            ? operation.getResponses()
            : OASFactory.createAPIResponses();
    operation.setResponses(responses);
    error(responses, "400", "JSON 格式錯誤");
    error(responses, "401", "缺少或無效的 Token:{\"message\": \"Unauthenticated.\"}");
    error(responses, "403", "此 Token 沒有所需的權限");
    if (path.contains("{")) {
      error(responses, "404", "找不到資源(或屬於其他商家)");
    }
    error(responses, "429", "請求過於頻繁,請稍後再試");
    error(responses, "503", "資料庫暫時無法連線");
    if (write) {
      error(responses, "409", "同一 X-Idempotency-Key 的請求仍在處理中,或資源狀態不允許");
      error(responses, "413", "請求內容超過 1 MiB");
      error(responses, "415", "Content-Type 必須是 application/json");
      if (!responses.hasAPIResponse("422")) {
        responses.addAPIResponse(
            "422",
            OASFactory.createAPIResponse()
                .description("驗證失敗")
                .content(json("#/components/schemas/ValidationError")));
      }
      operation.addParameter(
          OASFactory.createParameter()
              .name("X-Idempotency-Key")
              .in(Parameter.In.HEADER)
              .required(false)
              .description("冪等鍵(24 小時內有效):同一鍵與同一內容重送時回傳第一次的結果")
              .schema(
                  OASFactory.createSchema()
                      .type(List.of(Schema.SchemaType.STRING))
                      .minLength(1)
                      .maxLength(255)));
    }
    for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
      APIResponse answer = response.getValue();
      answer.addHeader("X-RateLimit-Limit", integerHeader("此 Token 每分鐘可發出的請求數"));
      answer.addHeader("X-RateLimit-Remaining", integerHeader("本分鐘剩餘的請求數"));
      if (response.getKey().equals("429")) {
        answer.addHeader("Retry-After", integerHeader("幾秒後可再發出請求"));
        answer.addHeader("X-RateLimit-Reset", integerHeader("可再發出請求的時間(Unix 秒)"));
      }
      if (write && response.getKey().startsWith("2")) {
        answer.addHeader(
            "Idempotent-Replayed",
            OASFactory.createHeader()
                .description("重送同一 X-Idempotency-Key 時為 true")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
      }
    }
  }

  private static void error(APIResponses responses, String status, String description) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(
          status,
          OASFactory.createAPIResponse()
              .description(description)
              .content(json("#/components/schemas/Error")));
    }
  }

  private static Content json(String schemaRef) {
    MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schemaRef));
    return OASFactory.createContent().addMediaType("application/json", media);
  }

  private static Header integerHeader(String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)));
  }
}
