package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.zangsho.web.api.ZangshoApplication;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document: valid, complete, and what Swagger UI and health checks need. */
class OpenApiIT extends DeployedEarTest {
  private static final Map<Class<? extends Annotation>, String> METHODS =
      Map.of(GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

  @Test
  void theDocumentLintsCleanAsOpenApi3() {
    String yaml = Api.as(base, null).get("/openapi").expect(200).text();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);

    SwaggerParseResult result = new OpenAPIParser().readContents(yaml, null, options);

    assertTrue(result.getOpenAPI() != null, "not parsed");
    assertEquals(List.of(), result.getMessages(), "lint messages");
    assertTrue(result.getOpenAPI().getOpenapi().startsWith("3."));
  }

  @Test
  void everyResourceMethodIsDocumented() throws Exception {
    JsonObject paths =
        Api.as(base, null).get("/openapi?format=JSON").expect(200).json().getJsonObject("paths");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Class<?> resource : resourceClasses()) {
      String root = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        Operation operation = method.getAnnotation(Operation.class);
        if (operation != null && operation.hidden()) {
          continue;
        }
        for (Map.Entry<Class<? extends Annotation>, String> http : METHODS.entrySet()) {
          if (!method.isAnnotationPresent(http.getKey())) {
            continue;
          }
          Path sub = method.getAnnotation(Path.class);
          String path = documentPath(root, sub == null ? "" : sub.value());
          JsonObject item = paths.getJsonObject(path);
          if (item == null || !item.containsKey(http.getValue())) {
            missing.add(http.getValue().toUpperCase() + " " + path);
          }
          checked++;
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(checked >= 30, "resource methods checked: " + checked);
  }

  @Test
  void theDocumentCarriesTheBearerSchemeHeadersAndTheSeedsExamples() {
    JsonObject document = Api.as(base, null).get("/openapi?format=JSON").expect(200).json();
    assertEquals(
        "bearer",
        document
            .getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("bearer")
            .getString("scheme"));
    assertEquals("/", document.getJsonArray("servers").getJsonObject(0).getString("url"));
    JsonObject batch =
        document.getJsonObject("paths").getJsonObject("/v1/customers/batch").getJsonObject("post");
    assertTrue(batch.getString("summary").contains("批次匯入客戶"));
    String body = batch.getJsonObject("requestBody").toString();
    assertTrue(body.contains("wang.xiaoming@example.com"), body);
    assertTrue(batch.getJsonArray("parameters").toString().contains("X-Idempotency-Key"));
    JsonObject ok = batch.getJsonObject("responses").getJsonObject("200");
    assertTrue(ok.getJsonObject("headers").containsKey("X-RateLimit-Remaining"));
    assertTrue(batch.getJsonObject("responses").containsKey("429"));
    String orders = document.getJsonObject("paths").getJsonObject("/v1/orders/batch").toString();
    assertTrue(orders.contains("ORD-2025-001"), orders);
    assertTrue(
        document
            .getJsonObject("components")
            .getJsonObject("schemas")
            .getJsonObject("Customer")
            .getJsonObject("properties")
            .containsKey("external_id"),
        "snake_case as on the wire");
  }

  /**
   * The committed {@code docs/openapi.yaml} is what the server serves: the generated client
   * (GeneratedClientIT) is built from it, and users read it in the repository. The served one is
   * saved to {@code it/target/openapi.yaml}, where .ci/run lints it and where a changed API's new
   * document is copied from.
   */
  @Test
  void theServedDocumentIsTheCommittedOne() throws Exception {
    String served = Api.as(base, null).get("/openapi").expect(200).text();
    Files.writeString(new File("target", "openapi.yaml").toPath(), served);
    File committed = new File(System.getProperty("openapi.committed"));
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    assertEquals(
        yaml.readTree(committed),
        yaml.readTree(served),
        "the API changed: cp it/target/openapi.yaml docs/openapi.yaml");
  }

  /** Generated clients name their methods after these: stable, unique, camelCase verbs. */
  @Test
  void everyOperationHasAUniqueCamelCaseOperationId() {
    JsonObject paths =
        Api.as(base, null).get("/openapi?format=JSON").expect(200).json().getJsonObject("paths");
    Set<String> ids = new HashSet<>();
    List<String> bad = new ArrayList<>();
    for (String path : paths.keySet()) {
      for (Map.Entry<String, JsonValue> operation : paths.getJsonObject(path).entrySet()) {
        String id = operation.getValue().asJsonObject().getString("operationId", "");
        if (!id.matches("[a-z]+[A-Za-z]*") || !ids.add(id)) {
          bad.add(operation.getKey() + " " + path + ": '" + id + "'");
        }
      }
    }
    assertEquals(List.of(), bad);
    assertTrue(
        ids.containsAll(Set.of("importCustomers", "getCustomer", "getOrderStats")), "" + ids);
  }

  /**
   * Each batch operation's example response is what its example request answers, run in the seed's
   * order on a new tenant (ids aside: they come from a shared sequence).
   */
  @Test
  void theBatchExamplesAnswerEachOther() {
    JsonObject paths =
        Api.as(base, null).get("/openapi?format=JSON").expect(200).json().getJsonObject("paths");
    Api api = Api.newTenant(base, "examples");
    for (String path :
        List.of(
            "/v1/customers/batch",
            "/v1/orders/batch",
            "/v1/subscriptions/batch",
            "/v1/subscriptions/events/batch")) {
      JsonObject operation = paths.getJsonObject(path).getJsonObject("post");
      JsonValue request = example(operation.getJsonObject("requestBody"));
      JsonValue expected = example(operation.getJsonObject("responses").getJsonObject("200"));

      JsonObject answered = api.post(path, request.toString()).expect(200).json();

      assertEquals(withoutIds(expected), withoutIds(answered), path);
    }
  }

  /** The document carries the examples as JSON values, not as text. */
  private static JsonValue example(JsonObject withContent) {
    return withContent
        .getJsonObject("content")
        .getJsonObject("application/json")
        .getJsonObject("examples")
        .getJsonObject("seed")
        .get("value");
  }

  private static JsonValue withoutIds(JsonValue json) {
    String text = json.toString().replaceAll("\"id\":\\d+", "\"id\":0");
    return Json.createReader(new StringReader(text)).readValue();
  }

  @Test
  void theRootLeadsToSwaggerUiAndHealthNeedsNoToken() {
    Api.Response root = Api.as(base, null).get("/");
    assertEquals(302, root.status());
    assertTrue(root.header("Location").endsWith("/docs"));
    Api.Response docs = Api.as(base, null).get("/docs").expect(200);
    assertTrue(docs.text().contains("swagger-ui-bundle.js") && docs.text().contains("/openapi"));
    Api.as(base, null).get("/docs/swagger-ui-bundle.js").expect(200);
    Api.as(base, null).get("/docs/..%2Fpom.properties").expect(404);
    JsonObject health = Api.as(base, null).get("/health").expect(200).json();
    assertEquals("UP", health.getString("status"));
    assertTrue(health.toString().contains("database"));
    assertEquals(
        "UP", Api.as(base, null).get("/health/ready").expect(200).json().getString("status"));
    assertEquals(
        "UP", Api.as(base, null).get("/health/live").expect(200).json().getString("status"));
  }

  /** "{id: [0-9]+}" as the document writes it: "{id}". */
  private static String documentPath(String root, String sub) {
    String path = "/" + root + (sub.isEmpty() ? "" : "/" + sub);
    return path.replaceAll("/+", "/")
        .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}")
        .replaceAll("/$", "");
  }

  /** The web module's root resources, found in its classes jar. */
  private static List<Class<?>> resourceClasses() throws Exception {
    File jar =
        new File(
            ZangshoApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> resources = new ArrayList<>();
    try (JarFile classes = new JarFile(jar)) {
      for (var entries = classes.entries(); entries.hasMoreElements(); ) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type =
              Class.forName(
                  name.replace('/', '.').replace(".class", ""),
                  false,
                  OpenApiIT.class.getClassLoader());
          if (type.isAnnotationPresent(Path.class)) {
            resources.add(type);
          }
        }
      }
    }
    return resources;
  }
}
