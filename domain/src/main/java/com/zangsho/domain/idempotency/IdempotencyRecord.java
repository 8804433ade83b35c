package com.zangsho.domain.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An {@code X-Idempotency-Key} of one tenant (docs/api.md §4), kept 24 hours. Claimed {@link
 * State#IN_FLIGHT} before the write runs, in a transaction of its own, so a second request with the
 * key sees it at once; {@link #complete}d with the response in the write's own transaction, so the
 * write and its stored response commit together or not at all.
 */
@Entity
@Table(name = "idempotency_keys")
@NamedQuery(
    name = IdempotencyRecord.FIND,
    query =
        "select k from IdempotencyRecord k"
            + " where k.tenantId = :tenantId and k.idempotencyKey = :key")
@NamedQuery(
    name = IdempotencyRecord.DELETE_EXPIRED,
    query = "delete from IdempotencyRecord k where k.expiresAt <= :now")
public class IdempotencyRecord {
  public static final String FIND = "IdempotencyRecord.find";
  public static final String DELETE_EXPIRED = "IdempotencyRecord.deleteExpired";
  public static final Duration KEPT = Duration.ofHours(24);
  public static final int MAX_KEY_LENGTH = 255;

  /**
   * A key is {@code IN_FLIGHT} only inside the transaction of the write it belongs to, and {@code
   * DONE} when that commits: claim and answer commit with the write or not at all. A committed
   * {@code IN_FLIGHT} row can only be one an older version of the server left behind when it
   * stopped mid-write, and is taken over at once.
   */
  public enum State {
    IN_FLIGHT,
    DONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "idempotency_key_ids")
  @TableGenerator(
      name = "idempotency_key_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "idempotency_keys",
      allocationSize = 100)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(name = "idempotency_key", nullable = false, updatable = false)
  private String idempotencyKey;

  /** SHA-256 of the method, path and body: what "the same request" means. */
  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(name = "response_status")
  private Integer responseStatus;

  @Column(name = "response_location")
  private String responseLocation;

  @Column(name = "response_body")
  private String responseBody;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(long tenantId, String idempotencyKey, String requestHash, Instant now) {
    this.tenantId = tenantId;
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
    claim(requestHash, now);
  }

  /** Claims the key for the write now running: a new one, or one expired or abandoned. */
  public void claim(String requestHash, Instant now) {
    this.requestHash = Objects.requireNonNull(requestHash);
    this.state = State.IN_FLIGHT;
    this.responseStatus = null;
    this.responseLocation = null;
    this.responseBody = null;
    this.createdAt = now;
    this.expiresAt = now.plus(KEPT);
  }

  /** Whether a request now may take this key over as if it were new: expired, or abandoned. */
  public boolean isStale(Instant now) {
    return !expiresAt.isAfter(now) || state == State.IN_FLIGHT;
  }

  /** The write succeeded: keep what it answered. */
  public void complete(int status, String location, String body) {
    this.state = State.DONE;
    this.responseStatus = status;
    this.responseLocation = location;
    this.responseBody = body;
  }

  public boolean matches(String requestHash) {
    return this.requestHash.equals(requestHash);
  }

  public State getState() {
    return state;
  }

  public Integer getResponseStatus() {
    return responseStatus;
  }

  public String getResponseLocation() {
    return responseLocation;
  }

  public String getResponseBody() {
    return responseBody;
  }
}
