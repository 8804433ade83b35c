package com.zangsho.application.webhook;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.domain.webhook.WebhookTargets;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers the webhook outbox (docs/api.md §9), every second, never on a request thread: claims
 * what is due (a claim holds across servers sharing the database), POSTs each in parallel on the
 * server's managed executor with a 10 s timeout, and records the outcome. An attempt starts only
 * while it can end within its claim, so no two servers ever send one delivery at once; a server
 * that dies holding claims leaves them to the others when the claims run out (30 s,
 * docs/cluster.md). A pending delivery survives a restart in the database and goes out on the next
 * round.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  static final String SIGNATURE = "X-Zangsho-Signature";

  /** What an attempt may take beyond its timeout: signing, the outcome's transaction. */
  static final Duration MARGIN = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  @Inject DeliveryLedger ledger;
  @Inject ServerSettings settings;
  @Resource ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  // Not persistent: the outbox is the durable part; the timer only says "look now".
  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public void deliverDue() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      String token = settings.nodeName() + ":" + UUID.randomUUID();
      Instant lastStart = Instant.now().plus(DeliveryLedger.LEASE).minus(TIMEOUT).minus(MARGIN);
      List<DeliveryLedger.Job> jobs = ledger.claimDue(token);
      if (!jobs.isEmpty()) {
        List<Callable<Void>> sends =
            jobs.stream().<Callable<Void>>map(job -> () -> send(job, token, lastStart)).toList();
        executor.invokeAll(sends);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "webhook round failed; its claims expire and are retried", e);
    } finally {
      running.set(false);
    }
  }

  private Void send(DeliveryLedger.Job job, String token, Instant lastStart) {
    if (Instant.now().isAfter(lastStart)) {
      // Too late in the claim to finish within it: once the claim runs out, another round (on
      // any server) may take the delivery, and two attempts would overlap. Left for that round.
      return null;
    }
    Optional<String> refusal =
        WebhookTargets.refusal(job.url(), settings.webhookAllowPrivateNetworks());
    if (refusal.isPresent()) {
      ledger.record(job.deliveryId(), token, null, "target refused: " + refusal.get());
      return null;
    }
    try {
      long timestamp = Instant.now().getEpochSecond();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(job.url()))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .header("User-Agent", "zangsho-webhooks")
              .header(SIGNATURE, signature(job.secret(), timestamp, job.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(job.payload(), StandardCharsets.UTF_8))
              .build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      ledger.record(job.deliveryId(), token, status, status / 100 == 2 ? null : "HTTP " + status);
    } catch (IOException | IllegalArgumentException e) {
      ledger.record(
          job.deliveryId(), token, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>}. */
  static String signature(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }
}
