package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.zangsho.application.tenant.TenantService;
import com.zangsho.application.write.IdempotencyClaims;
import com.zangsho.application.write.IdempotencyKey;
import com.zangsho.domain.idempotency.IdempotencyRecord;
import com.zangsho.domain.idempotency.IdempotencyRepository;
import com.zangsho.domain.tenant.Caller;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Idempotency keys inside the server: a claim lives in its write's transaction, so a write that
 * never commits (its server killed, its database gone) leaves nothing that blocks the client's
 * retry, and a claim an older server left behind is taken over at once.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyClaimsIT {
  @Inject IdempotencyClaims claims;
  @Inject IdempotencyRepository keys;
  @Inject TenantService tenants;
  @Inject UserTransaction transaction;

  /** The built EAR, with this class in its EJB module. */
  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarRunning(IdempotencyClaimsIT.class);
  }

  @Test
  void aClaimWhoseWriteNeverCommitsLeavesTheKeyFreeForTheRetry() throws Exception {
    String token =
        Transactions.committed(
                transaction, () -> tenants.createTenant("claims-" + UUID.randomUUID()))
            .plainToken();
    Caller caller = tenants.authenticate(token).orElseThrow();
    byte[] body = "{\"email\": \"crash@example.com\"}".getBytes(StandardCharsets.UTF_8);
    IdempotencyKey key =
        new IdempotencyKey("k", IdempotencyClaims.requestHash("POST", "/v1/customers", null, body));

    // A write claims its key, then its server dies or its database goes away before the commit:
    // the database rolls the transaction back, claim and all.
    transaction.begin();
    assertFalse(claims.claim(key, caller.tenantId()).isReplay());
    transaction.rollback();

    HttpResponse<String> retry = post(token, "k", body);
    assertEquals(201, retry.statusCode(), retry.body());
    HttpResponse<String> again = post(token, "k", body);
    assertEquals(201, again.statusCode());
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
    assertEquals(retry.body(), again.body());
    HttpResponse<String> reused = post(token, "k", "{\"email\": \"x@example.com\"}".getBytes());
    assertEquals(422, reused.statusCode(), reused.body());
  }

  @Test
  void aClaimAnOlderServerLeftInFlightIsTakenOverAtOnce() throws Exception {
    String token =
        Transactions.committed(
                transaction, () -> tenants.createTenant("abandoned-" + UUID.randomUUID()))
            .plainToken();
    Caller caller = tenants.authenticate(token).orElseThrow();
    byte[] body = "{\"email\": \"abandoned@example.com\"}".getBytes(StandardCharsets.UTF_8);
    String hash = IdempotencyClaims.requestHash("POST", "/v1/customers", null, body);
    // What a server before this design committed on its own before the write, and left behind
    // when it was killed mid-write: the retry got 409 for five minutes.
    transaction.begin();
    keys.add(new IdempotencyRecord(caller.tenantId(), "left", hash, Instant.now()));
    transaction.commit();

    HttpResponse<String> retry = post(token, "left", body);

    assertEquals(201, retry.statusCode(), retry.body());
    assertNull(retry.headers().firstValue("Idempotent-Replayed").orElse(null));
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
