package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Bearer tokens, the operator's tenant endpoint, the bootstrap token and the OpenAPI document. */
class AuthenticationIT extends DeployedEarTest {

  @Test
  void everyV1RequestWithoutALiveTokenIs401WithSanctumsBody() {
    for (String token : new String[] {null, "", "not-a-token", "zs_unknown"}) {
      Api.Response response = Api.as(base, token).get("/v1/customers").expect(401);
      assertEquals("Unauthenticated.", response.json().getString("message"));
      assertEquals("Bearer", response.header("WWW-Authenticate"));
    }
    Api.as(base, null)
        .withHeader("Authorization", "Basic dXNlcjpwYXNz")
        .get("/v1/customers")
        .expect(401);
    Api.as(base, null).post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(401);
  }

  @Test
  void theBootstrapTokenFromTheEnvironmentWorksForTenantDefault() {
    Api.as(base, Api.BOOTSTRAP_TOKEN).get("/v1/customers").expect(200);
  }

  @Test
  void operatorsMakeTenantsWithTheAdminTokenOnly() {
    Api.Response created =
        Api.as(base, Api.ADMIN_TOKEN).post("/admin/tenants", "{\"name\": \"Acme 商店\"}").expect(201);
    JsonObject tenant = created.data();
    assertEquals("Acme 商店", tenant.getString("name"));
    String token = tenant.getString("token");
    assertTrue(token.length() >= 43, "256 bits of randomness need at least 43 base64 characters");
    Api.as(base, token).get("/v1/customers").expect(200);

    Api.as(base, "wrong").post("/admin/tenants", "{\"name\": \"x\"}").expect(401);
    Api.as(base, null).post("/admin/tenants", "{\"name\": \"x\"}").expect(401);
    Api.as(base, token).post("/admin/tenants", "{\"name\": \"x\"}").expect(401);
    JsonObject invalid =
        Api.as(base, Api.ADMIN_TOKEN).post("/admin/tenants", "{}").expect(422).json();
    assertEquals("name 欄位為必填", invalid.getString("message"));
  }

  @Test
  void eachTenantGetsItsOwnToken() {
    String first =
        Api.as(base, Api.ADMIN_TOKEN)
            .post("/admin/tenants", "{\"name\": \"a\"}")
            .data()
            .getString("token");
    String second =
        Api.as(base, Api.ADMIN_TOKEN)
            .post("/admin/tenants", "{\"name\": \"a\"}")
            .data()
            .getString("token");
    assertNotEquals(first, second);
  }

  @Test
  void theOpenApiDocumentIsServedWithoutAToken() {
    Api.Response document = Api.as(base, null).get("/openapi?format=JSON").expect(200);
    JsonObject paths = document.json().getJsonObject("paths");
    assertTrue(paths.containsKey("/v1/customers/batch"), document.text());
    assertTrue(paths.containsKey("/v1/customers/{id}"));
  }
}
