package com.zangsho.application.write;

import com.zangsho.domain.idempotency.IdempotencyRecord;
import com.zangsho.domain.idempotency.IdempotencyRepository;
import com.zangsho.domain.validation.Instants;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Claims and releases {@code X-Idempotency-Key}s, each in a transaction of its own that commits at
 * once: a second request with a claimed key must see the claim while the first is still running.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyClaims {
  /** What a claim found. */
  public enum Outcome {
    /** The key is this request's now; run it. */
    CLAIMED,
    /** The same request ran already: answer {@link Claim#stored()} again. */
    REPLAY,
    /** The same request is running now. */
    IN_FLIGHT,
    /** The key was used for a different request. */
    REUSED
  }

  /**
   * @param stored the first answer, for {@link Outcome#REPLAY}
   */
  public record Claim(Outcome outcome, WriteResult stored) {}

  @Inject IdempotencyRepository keys;

  /**
   * What "the same request" means for a key: method, path, query and body, byte for byte.
   *
   * @param query the raw query string, or null
   */
  public static String requestHash(String method, String path, String query, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((method + " " + path + "?" + query + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  public Claim claim(long tenantId, String key, String requestHash) {
    Instant now = Instants.now();
    Optional<IdempotencyRecord> existing = keys.findForUpdate(tenantId, key);
    if (existing.isEmpty()) {
      keys.add(new IdempotencyRecord(tenantId, key, requestHash, now));
      // A concurrent first claim of the same key loses here, on the unique key: a 409 it may retry.
      keys.flush();
      return new Claim(Outcome.CLAIMED, null);
    }
    IdempotencyRecord record = existing.get();
    if (record.isStale(now)) {
      record.claim(requestHash, now);
      return new Claim(Outcome.CLAIMED, null);
    }
    if (!record.matches(requestHash)) {
      return new Claim(Outcome.REUSED, null);
    }
    if (record.getState() == IdempotencyRecord.State.IN_FLIGHT) {
      return new Claim(Outcome.IN_FLIGHT, null);
    }
    return new Claim(
        Outcome.REPLAY,
        new WriteResult(
            record.getResponseStatus(),
            record.getResponseBody(),
            record.getResponseLocation(),
            null,
            null,
            List.of()));
  }

  /** The write failed or wrote nothing: the key is free for the client's next try. */
  public void release(long tenantId, String key) {
    keys.findForUpdate(tenantId, key)
        .filter(r -> r.getState() == IdempotencyRecord.State.IN_FLIGHT)
        .ifPresent(keys::remove);
  }
}
