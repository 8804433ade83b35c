package com.zangsho.web.api;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
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
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * What the operations share, added to the generated document in one place rather than on each
 * method, and the conventions the whole API keeps, written into the document once:
 *
 * <ul>
 *   <li>security: the Bearer scheme on {@code /v1}, the operator's on {@code /admin}, none on
 *       {@code /health};
 *   <li>the error bodies and the answers every endpoint can give (401, 403, 429, 503 …), the
 *       rate-limit headers on every answer, and on writes {@code X-Idempotency-Key} with its 409;
 *   <li>the parameters every list shares are integers ({@code id}, {@code customer_id}, {@code
 *       page}, {@code per_page}) and dates ({@code start_date}, {@code end_date}), unless their
 *       resource describes them itself: the resources read them as text so that a bad one is the
 *       contract's 422 or 404, not a framework's;
 *   <li>every {@code *_at} field is an ISO-8601 timestamp;
 *   <li>every field of a response is always present (null where the schema allows it), so every
 *       property of a schema that only responses use is required;
 *   <li>the tags in the order a merchant's work goes.
 * </ul>
 */
public class OpenApiFilter implements OASFilter {
  static final String BEARER = "bearer";
  static final String OPERATOR = "operator";
  static final String METRICS = "metrics";
  private static final String ERROR = "ApiError";
  private static final String VALIDATION_ERROR = "ValidationError";
  private static final String SCHEMAS = "#/components/schemas/";
  private static final String HEADERS = "#/components/headers/";
  private static final Set<PathItem.HttpMethod> WRITES =
      Set.of(
          PathItem.HttpMethod.POST,
          PathItem.HttpMethod.PUT,
          PathItem.HttpMethod.PATCH,
          PathItem.HttpMethod.DELETE);

  /** The tags as a user's work goes: the four imports first, then what surrounds them. */
  private static final List<String> TAG_ORDER =
      List.of(
          "Customers",
          "Orders",
          "Subscriptions",
          "Subscription events",
          "Webhooks",
          "Tokens",
          "Activity log",
          "Admin",
          "Operations",
          "Health");

  private static final List<String> PARAMETER_ORDER =
      List.of(
          "search",
          "action",
          "status",
          "event_type",
          "customer_id",
          "start_date",
          "end_date",
          "cursor",
          "page",
          "per_page");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components =
        openAPI.getComponents() != null ? openAPI.getComponents() : OASFactory.createComponents();
    openAPI.setComponents(components);
    addShared(components);
    orderTags(openAPI);
    if (openAPI.getPaths() == null) {
      return;
    }
    Set<String> requestSchemas = new HashSet<>();
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().getOperations().entrySet()) {
        Operation operation = entry.getValue();
        String route = path.getKey();
        if (route.startsWith("/v1/")) {
          completeApiOperation(operation, WRITES.contains(entry.getKey()), route);
        } else if (route.startsWith("/admin/")) {
          completeOperatorOperation(operation);
        } else if (route.equals("/metrics")) {
          completeMetricsOperation(operation);
        } else if (route.startsWith("/health")) {
          // Anonymous: load balancers and monitors ask without a token. ({@code security: []}
          // would say the same, but SmallRye leaves an empty list out of the document.)
          operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
          completeHealthOperation(operation);
        }
        typeSharedParameters(operation);
        orderParameters(operation);
        rateLimitHeaders(operation, WRITES.contains(entry.getKey()), route.startsWith("/v1/"));
        collectRequestSchemas(operation.getRequestBody(), requestSchemas);
      }
    }
    describeSchemas(components, requestSchemas);
  }

  private static void addShared(Components components) {
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description("Authorization: Bearer <token>(POST /admin/tenants 或 /v1/tokens 取得)"));
    components.addSecurityScheme(
        OPERATOR,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description("Authorization: Bearer <ZANGSHO_ADMIN_TOKEN>:伺服器的營運者 Token"));
    components.addSecurityScheme(
        METRICS,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description("Authorization: Bearer <ZANGSHO_METRICS_TOKEN>:Prometheus 抓取指標用"));
    components.addSchema(
        ERROR,
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .description("錯誤(Laravel 的格式)")
            .addProperty("message", string())
            .addRequired("message"));
    components.addSchema(
        VALIDATION_ERROR,
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .description("驗證失敗:第一則訊息,以及每個欄位的所有訊息")
            .addProperty("message", string())
            .addProperty(
                "errors",
                OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.OBJECT))
                    .additionalPropertiesSchema(
                        OASFactory.createSchema()
                            .type(List.of(Schema.SchemaType.ARRAY))
                            .items(string())))
            .addRequired("message")
            .addRequired("errors"));
    components.addHeader("X-RateLimit-Limit", integerHeader("此 Token 每分鐘可發出的請求數"));
    components.addHeader("X-RateLimit-Remaining", integerHeader("本分鐘剩餘的請求數"));
    components.addHeader("Retry-After", integerHeader("幾秒後可再發出請求"));
    components.addHeader("X-RateLimit-Reset", integerHeader("可再發出請求的時間(Unix 秒)"));
    components.addHeader(
        "Idempotent-Replayed",
        OASFactory.createHeader()
            .description("重送同一 X-Idempotency-Key 時為 true")
            .schema(string().enumeration(List.of("true"))));
  }

  private static void orderTags(OpenAPI openAPI) {
    if (openAPI.getTags() == null) {
      return;
    }
    List<Tag> ordered = new ArrayList<>(openAPI.getTags());
    ordered.sort((a, b) -> Integer.compare(tagRank(a.getName()), tagRank(b.getName())));
    openAPI.setTags(ordered);
  }

  private static int tagRank(String name) {
    int rank = TAG_ORDER.indexOf(name);
    return rank < 0 ? TAG_ORDER.size() : rank;
  }

  private static void completeApiOperation(Operation operation, boolean write, String path) {
    operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
    APIResponses responses = responses(operation);
    error(responses, "400", "JSON 格式錯誤,或無法解析的請求標頭");
    error(responses, "401", "缺少或無效的 Token:{\"message\": \"Unauthenticated.\"}");
    error(responses, "403", "此 Token 沒有所需的權限");
    if (path.contains("{")) {
      error(responses, "404", "找不到資源(或屬於其他商家)");
    }
    if (!write) {
      validationError(responses, "查詢參數不正確(例如 per_page 超出 1..100)");
    }
    error(responses, "429", "請求過於頻繁,請稍後再試");
    error(responses, "503", "資料庫暫時無法連線,或伺服器忙碌中(同時處理的請求已達上限)");
    if (write) {
      error(responses, "409", "同一 X-Idempotency-Key 的請求仍在處理中,或資源狀態不允許");
      error(responses, "413", "請求內容超過 1 MiB");
      error(responses, "415", "Content-Type 必須是 " + bodyMediaType(operation));
      validationError(responses, "驗證失敗");
      operation.addParameter(
          OASFactory.createParameter()
              .name("X-Idempotency-Key")
              .in(Parameter.In.HEADER)
              .required(false)
              .description("冪等鍵(24 小時內有效):同一鍵與同一內容重送時回傳第一次的結果")
              .schema(string().minLength(1).maxLength(255)));
    }
  }

  /**
   * The media type the operation's body is sent in: JSON but for an upload, whose form the scanner
   * also describes from its parameters, beside the schema the operation names; that schema is kept
   * alone.
   */
  private static String bodyMediaType(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
    }
    Content content = operation.getRequestBody().getContent();
    MediaType form = content.getMediaType(jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA);
    if (form == null) {
      return jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
    }
    form.setSchema(OASFactory.createSchema().ref(form.getSchema().getRef()));
    return jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA;
  }

  private static void completeOperatorOperation(Operation operation) {
    operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(OPERATOR));
    APIResponses responses = responses(operation);
    error(responses, "400", "JSON 格式錯誤");
    error(responses, "401", "缺少或錯誤的營運者 Token");
    error(responses, "404", "伺服器未設定 ZANGSHO_ADMIN_TOKEN 時,/admin 不存在");
    error(responses, "413", "請求內容超過 1 MiB");
    error(responses, "415", "Content-Type 必須是 application/json");
    validationError(responses, "驗證失敗");
  }

  private static void completeMetricsOperation(Operation operation) {
    operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(METRICS));
    APIResponses responses = responses(operation);
    error(responses, "401", "缺少或錯誤的指標 Token");
    error(responses, "404", "伺服器未設定 ZANGSHO_METRICS_TOKEN 時,/metrics 不存在");
  }

  /** A check that fails answers 503 with the same body as the 200 (MicroProfile Health's way). */
  private static void completeHealthOperation(Operation operation) {
    APIResponses responses = responses(operation);
    APIResponse up = responses.getAPIResponse("200");
    if (up != null && !responses.hasAPIResponse("503")) {
      responses.addAPIResponse(
          "503",
          OASFactory.createAPIResponse().description("DOWN:至少一項檢查失敗").content(up.getContent()));
    }
    error(responses, "400", "無法解析的請求標頭");
  }

  private static APIResponses responses(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    return operation.getResponses();
  }

  /** Ids, pages and dates arrive as text (see the class comment) but are integers and days. */
  private static void typeSharedParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      if (!isPlainText(parameter.getSchema())) {
        continue; // described by its resource, e.g. a customer's id that may be an external_id
      }
      switch (parameter.getName()) {
        case "id", "customer_id", "delivery_id" ->
            parameter.schema(
                OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.INTEGER))
                    .format("int64")
                    .minimum(BigDecimal.ONE));
        case "page" ->
            parameter
                .description("頁碼,自 1 起")
                .schema(
                    OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32")
                        .minimum(BigDecimal.ONE)
                        .defaultValue(1));
        case "cursor" ->
            parameter.description(
                "從上一頁 meta.next_cursor 取得的 cursor:取其後的一頁(keyset 分頁,"
                    + "不論多深都一樣快);給了 cursor 時 page 不作用");
        case "per_page" ->
            parameter
                .description("每頁筆數")
                .schema(
                    OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32")
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(100))
                        .defaultValue(20));
        case "start_date", "end_date" -> {
          parameter.schema(string().format("date"));
          if (parameter.getDescription() == null) {
            parameter.description(
                parameter.getName().equals("start_date") ? "起日(含,UTC)" : "迄日(含,UTC)");
          }
        }
        default -> {}
      }
    }
  }

  /**
   * Path first, then the filters in the order a caller thinks of them, paging last, headers after
   * all: the order a generated client's method takes them in (SmallRye sorts them by name).
   */
  private static void orderParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    List<Parameter> ordered = new ArrayList<>(operation.getParameters());
    ordered.sort(Comparator.comparingInt(OpenApiFilter::parameterRank));
    operation.setParameters(ordered);
  }

  private static int parameterRank(Parameter parameter) {
    if (parameter.getIn() == Parameter.In.PATH) {
      return -1;
    }
    if (parameter.getIn() == Parameter.In.HEADER) {
      return PARAMETER_ORDER.size() + 1;
    }
    int rank = PARAMETER_ORDER.indexOf(parameter.getName());
    return rank < 0 ? PARAMETER_ORDER.size() : rank;
  }

  private static boolean isPlainText(Schema schema) {
    return schema == null
        || (schema.getMaxLength() == null
            && schema.getFormat() == null
            && schema.getEnumeration() == null
            && schema.getRef() == null);
  }

  private static void rateLimitHeaders(Operation operation, boolean write, boolean limited) {
    if (operation.getResponses() == null) {
      return;
    }
    for (Map.Entry<String, APIResponse> response :
        operation.getResponses().getAPIResponses().entrySet()) {
      APIResponse answer = response.getValue();
      if (limited) {
        answer.addHeader("X-RateLimit-Limit", headerRef("X-RateLimit-Limit"));
        answer.addHeader("X-RateLimit-Remaining", headerRef("X-RateLimit-Remaining"));
      }
      if (response.getKey().equals("429")) {
        answer.addHeader("Retry-After", headerRef("Retry-After"));
        answer.addHeader("X-RateLimit-Reset", headerRef("X-RateLimit-Reset"));
      }
      if (limited && response.getKey().equals("503")) {
        answer.addHeader("Retry-After", headerRef("Retry-After"));
      }
      if (write && response.getKey().startsWith("2")) {
        answer.addHeader("Idempotent-Replayed", headerRef("Idempotent-Replayed"));
      }
    }
  }

  private static void collectRequestSchemas(RequestBody body, Set<String> names) {
    if (body == null || body.getContent() == null) {
      return;
    }
    for (MediaType media : body.getContent().getMediaTypes().values()) {
      if (media.getSchema() != null && media.getSchema().getRef() != null) {
        names.add(media.getSchema().getRef().substring(SCHEMAS.length()));
      }
    }
  }

  /**
   * Timestamps get their format, and the schemas only responses use get every property required. A
   * schema a request body reaches (directly or through its properties) keeps its own {@code
   * required}, as its fields are optional unless said otherwise.
   */
  private static void describeSchemas(Components components, Set<String> requestRoots) {
    Map<String, Schema> schemas = components.getSchemas();
    Set<String> requestSchemas = reachable(schemas, requestRoots);
    for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
      Schema schema = entry.getValue();
      if (schema.getProperties() == null) {
        continue;
      }
      for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
        if (property.getKey().endsWith("_at")) {
          property.getValue().format("date-time");
        }
      }
      if (!requestSchemas.contains(entry.getKey())) {
        schema.required(new ArrayList<>(schema.getProperties().keySet()));
      }
    }
  }

  private static Set<String> reachable(Map<String, Schema> schemas, Set<String> roots) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      Schema schema = schemas.get(name);
      if (schema == null || !seen.add(name)) {
        continue;
      }
      Deque<Schema> parts = new ArrayDeque<>();
      parts.push(schema);
      while (!parts.isEmpty()) {
        Schema part = parts.pop();
        if (part.getRef() != null && part.getRef().startsWith(SCHEMAS)) {
          todo.push(part.getRef().substring(SCHEMAS.length()));
        }
        if (part.getProperties() != null) {
          part.getProperties().values().forEach(parts::push);
        }
        if (part.getItems() != null) {
          parts.push(part.getItems());
        }
        for (List<Schema> alternatives :
            Arrays.asList(part.getAnyOf(), part.getOneOf(), part.getAllOf())) {
          if (alternatives != null) {
            alternatives.forEach(parts::push);
          }
        }
      }
    }
    return seen;
  }

  private static void error(APIResponses responses, String status, String description) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().description(description).content(json(ERROR)));
    }
  }

  private static void validationError(APIResponses responses, String description) {
    if (!responses.hasAPIResponse("422")) {
      responses.addAPIResponse(
          "422",
          OASFactory.createAPIResponse().description(description).content(json(VALIDATION_ERROR)));
    }
  }

  private static Content json(String schemaName) {
    MediaType media =
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + schemaName));
    return OASFactory.createContent().addMediaType("application/json", media);
  }

  private static Schema string() {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
  }

  private static Header integerHeader(String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)));
  }

  private static Header headerRef(String name) {
    return OASFactory.createHeader().ref(HEADERS + name);
  }
}
