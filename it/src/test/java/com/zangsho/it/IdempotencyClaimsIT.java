package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zangsho.application.tenant.TenantService;
import com.zangsho.application.write.IdempotencyClaims;
import com.zangsho.domain.tenant.Caller;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Idempotency key claims inside the server: a key claimed by a request still running answers
 * another request with the same key 409, over HTTP, until the first one lets it go.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyClaimsIT {
  @Inject IdempotencyClaims claims;
  @Inject TenantService tenants;

  /** The built EAR, with this class in its EJB module. */
  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarRunning(IdempotencyClaimsIT.class);
  }

  @Test
  void aKeyInFlightIsA409UntilItIsReleasedAndAnotherBodyIsReused() throws Exception {
    String token = tenants.createTenant("claims-" + UUID.randomUUID()).plainToken();
    Caller caller = tenants.authenticate(token).orElseThrow();
    byte[] body = "{\"email\": \"flight@example.com\"}".getBytes(StandardCharsets.UTF_8);
    String hash = IdempotencyClaims.requestHash("POST", "/v1/customers", null, body);

    assertEquals(
        IdempotencyClaims.Outcome.CLAIMED, claims.claim(caller.tenantId(), "k", hash).outcome());
    assertEquals(
        IdempotencyClaims.Outcome.IN_FLIGHT, claims.claim(caller.tenantId(), "k", hash).outcome());
    assertEquals(
        IdempotencyClaims.Outcome.REUSED, claims.claim(caller.tenantId(), "k", "other").outcome());

    HttpResponse<String> running = post(token, "k", body);
    assertEquals(409, running.statusCode(), running.body());
    assertEquals(
        "使用此 X-Idempotency-Key 的請求仍在處理中,請稍後再試",
        jakarta.json.Json.createReader(new java.io.StringReader(running.body()))
            .readObject()
            .getString("message"));

    claims.release(caller.tenantId(), "k");
    assertEquals(201, post(token, "k", body).statusCode());
    assertEquals(
        IdempotencyClaims.Outcome.REPLAY, claims.claim(caller.tenantId(), "k", hash).outcome());
  }

  /** From inside the server to its own HTTP port (8080 plus the test server's port offset). */
  private static HttpResponse<String> post(String token, String key, byte[] body) throws Exception {
    int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/customers"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("X-Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
