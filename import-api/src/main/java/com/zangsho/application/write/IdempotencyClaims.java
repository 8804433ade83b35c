package com.zangsho.application.write;

import com.zangsho.domain.ConflictException;
import com.zangsho.domain.idempotency.IdempotencyRecord;
import com.zangsho.domain.idempotency.IdempotencyRepository;
import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
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
 * {@code X-Idempotency-Key}s (docs/api.md §4), claimed inside the transaction of the write they
 * belong to and answered when it commits: the key's row commits with the write's effect or not at
 * all. A server killed mid-write, or a database that went away, leaves no claim behind: the
 * client's retry runs at once. A second request with a key whose write is still running waits for
 * that write's row lock; when the first commits it is answered the same, when it rolls back it
 * runs.
 */
@Stateless
public class IdempotencyClaims {
  /**
   * What a claim found.
   *
   * @param stored the first answer, for a replay; null otherwise
   * @param claimed the key's row, claimed for this write; null for a replay
   */
  public record Claim(WriteResult stored, IdempotencyRecord claimed) {
    public boolean isReplay() {
      return stored != null;
    }
  }

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

  /**
   * Before a write opens its transaction: the answer a key already has, without a lock and without
   * writing anything, so that the common retry of a finished write is answered without running it.
   *
   * @return the stored answer, or empty when the key is free or its write still running
   * @throws ValidationException when the key was used for another request
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<WriteResult> answered(IdempotencyKey key, long tenantId) {
    return keys.find(tenantId, key.key())
        .filter(record -> !record.isStale(Instants.now()))
        .map(record -> answerOf(record, key));
  }

  /**
   * In the write's transaction: claims the key, or finds the answer a write that committed since
   * gave it. A concurrent write of the same key holds its row until it commits; a database that
   * detects the wait as a lost race ({@code WriteConflict.IDEMPOTENCY_KEY}) has the write run again
   * ({@code LostRaces}), and then finds the answer.
   *
   * @throws ValidationException when the key was used for another request
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Claim claim(IdempotencyKey key, long tenantId) {
    Instant now = Instants.now();
    Optional<IdempotencyRecord> existing = keys.findForUpdate(tenantId, key.key());
    if (existing.isEmpty()) {
      IdempotencyRecord claimed =
          new IdempotencyRecord(tenantId, key.key(), key.requestHash(), now);
      keys.add(claimed);
      // Takes the key's unique entry now, before the work: a concurrent first claim waits here.
      keys.flush();
      return new Claim(null, claimed);
    }
    IdempotencyRecord record = existing.get();
    if (record.isStale(now)) {
      record.claim(key.requestHash(), now);
      return new Claim(null, record);
    }
    return new Claim(answerOf(record, key), null);
  }

  private static WriteResult answerOf(IdempotencyRecord record, IdempotencyKey key) {
    if (!record.matches(key.requestHash())) {
      throw new ValidationException(
          Violation.of(IdempotencyKey.HEADER, Rule.IDEMPOTENCY_KEY_REUSED));
    }
    return new WriteResult(
        record.getResponseStatus(),
        record.getResponseBody(),
        record.getResponseLocation(),
        null,
        null,
        List.of());
  }

  /** A write whose every attempt met a running write of the same key: the client may retry. */
  public static ConflictException stillRunning() {
    return new ConflictException("idempotency_key_in_flight");
  }
}
