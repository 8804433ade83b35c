package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zangsho.application.tenant.TenantService;
import com.zangsho.application.webhook.DeliveryLedger;
import com.zangsho.application.webhook.WebhookEvent;
import com.zangsho.application.webhook.WebhookService;
import com.zangsho.application.write.WriteJournal;
import com.zangsho.application.write.WriteRequest;
import com.zangsho.application.write.WriteResult;
import com.zangsho.domain.tenant.Caller;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two delivery workers claiming the outbox at once (as two servers on one database would) never
 * hold the same delivery: each row goes to one claimant.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookClaimsIT {
  private static final int EVENTS = 60;

  @Inject TenantService tenants;
  @Inject WebhookService webhooks;
  @Inject WriteJournal journal;
  @Inject UserTransaction transaction;
  @Inject DeliveryLedger ledger;

  /** The built EAR, with this class in its EJB module. */
  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarRunning(WebhookClaimsIT.class);
  }

  @Test
  void concurrentWorkersNeverClaimTheSameDelivery() throws Exception {
    List<WebhookEvent> events = new ArrayList<>();
    for (int i = 0; i < EVENTS; i++) {
      events.add(new WebhookEvent("customer.created", "customer:" + i, "{\"id\": " + i + "}"));
    }
    Transactions.committed(
        transaction,
        () -> {
          Caller caller =
              tenants
                  .authenticate(tenants.createTenant("claims-" + UUID.randomUUID()).plainToken())
                  .orElseThrow();
          // Port 9 (discard) refuses connections: deliveries stay pending, to be claimed again and
          // again.
          webhooks.create(
              caller, "http://127.0.0.1:9/hook", List.of("customer.created"), List.of());
          journal.record(
              new WriteRequest(caller, "customer.created", "customer", "127.0.0.1", null, false),
              new WriteResult(201, null, null, null, null, events),
              null);
          return caller;
        });

    ExecutorService workers = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        List<Callable<List<Long>>> claims = new ArrayList<>();
        for (int worker = 0; worker < 2; worker++) {
          claims.add(
              () ->
                  ledger.claimDue(UUID.randomUUID().toString()).stream()
                      .map(DeliveryLedger.Job::deliveryId)
                      .toList());
        }
        Set<Long> claimed = new HashSet<>();
        int total = 0;
        for (Future<List<Long>> claim : workers.invokeAll(claims)) {
          List<Long> ids = claim.get();
          claimed.addAll(ids);
          total += ids.size();
        }
        assertEquals(total, claimed.size(), "a delivery claimed by both workers");
        assertTrue(total <= EVENTS);
      }
    } finally {
      workers.shutdownNow();
    }
  }
}
