package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation the served OpenAPI document lists under {@code /v1} refuses a request without a
 * token (401) and one whose token lacks its ability (403): an endpoint added without a check fails
 * here. The one every token may call, what the token itself may do, answers each token its own.
 */
class AbilitiesIT extends DeployedEarTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static final String ANY_TOKEN = "GET /v1/tokens/current";

  @Test
  void everyOperationAnswers401WithoutATokenAnd403WithoutItsAbility() {
    Api tenant = Api.newTenant(base, "abilities-" + UUID.randomUUID());
    Api activityReader = Api.as(base, token(tenant, "activity_logs:read"));
    Api customerReader = Api.as(base, token(tenant, "customers:read"));
    JsonObject paths =
        Api.as(base, null).get("/openapi?format=JSON").expect(200).json().getJsonObject("paths");

    int checked = 0;
    for (String path : paths.keySet()) {
      if (!path.startsWith("/v1/")) {
        continue;
      }
      for (String method : paths.getJsonObject(path).keySet()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        String operation = method.toUpperCase() + " " + path;
        String concrete = path.replaceAll("\\{[^}]+}", "1");
        String type = mediaType(paths.getJsonObject(path).getJsonObject(method));
        assertEquals(401, send(Api.as(base, null), method, concrete, type).status(), operation);
        if (operation.equals(ANY_TOKEN)) {
          JsonObject own = send(customerReader, method, concrete, type).expect(200).data();
          assertEquals(
              "customers:read", own.getJsonArray("abilities").getString(0), own.toString());
          checked++;
          continue;
        }
        Api.Response refused = send(activityReader, method, concrete, type);
        if (refused.status() != 403) {
          refused = send(customerReader, method, concrete, type);
        }
        assertEquals(403, refused.status(), operation + ": " + refused.text());
        assertTrue(
            refused.json().getString("message").matches("此 Token 沒有 [a-z_]+:[a-z]+ 權限"),
            operation + ": " + refused.text());
        checked++;
      }
    }
    assertTrue(checked >= 29, "operations checked: " + checked);
  }

  @Test
  void theRefusalNamesTheAbilityInTheClientsLanguage() {
    Api tenant = Api.newTenant(base, "abilities-" + UUID.randomUUID());
    Api reader = Api.as(base, token(tenant, "customers:read"));

    reader.get("/v1/customers").expect(200);
    assertEquals(
        "此 Token 沒有 customers:write 權限",
        reader.post("/v1/customers", "{}").expect(403).json().getString("message"));
    assertEquals(
        "This token does not have the orders:read ability.",
        reader
            .withHeader("Accept-Language", "en")
            .get("/v1/orders")
            .expect(403)
            .json()
            .getString("message"));
    assertEquals(0, tenant.get("/v1/customers").json().getJsonObject("meta").getInt("total"));
  }

  /** A token of the tenant with one ability and room for many requests. */
  static String token(Api tenant, String ability) {
    return tenant
        .post(
            "/v1/tokens",
            "{\"name\": \""
                + ability
                + "\", \"abilities\": [\""
                + ability
                + "\"],"
                + " \"rate_limit_per_minute\": 100000}")
        .expect(201)
        .data()
        .getString("token");
  }

  /** The body's media type the operation declares: JSON unless it says otherwise (an upload). */
  private static String mediaType(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    return body == null
        ? "application/json"
        : body.getJsonObject("content").keySet().iterator().next();
  }

  /** A request the operation takes, but for its token: an empty object, or an empty form. */
  private static Api.Response send(Api api, String method, String path, String mediaType) {
    if (method.equals("get") || method.equals("delete")) {
      return api.send(method.toUpperCase(), path, null, new byte[0]);
    }
    if (mediaType.equals("multipart/form-data")) {
      return api.send(
          method.toUpperCase(),
          path,
          "multipart/form-data; boundary=b",
          "--b--\r\n".getBytes(StandardCharsets.UTF_8));
    }
    return api.send(method.toUpperCase(), path, mediaType, "{}".getBytes(StandardCharsets.UTF_8));
  }
}
