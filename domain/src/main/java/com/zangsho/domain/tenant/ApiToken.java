package com.zangsho.domain.tenant;

import com.zangsho.domain.validation.Instants;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A bearer token of one tenant. Only the SHA-256 hash of the token is stored: the plain value is
 * shown once, when it is made, and a lost one is regenerated, never recovered.
 */
@Entity
@Table(name = "api_tokens")
@NamedQuery(
    name = ApiToken.FIND_ACTIVE_BY_HASH,
    query = "select t from ApiToken t where t.tokenHash = :hash and t.revokedAt is null")
@NamedQuery(name = ApiToken.COUNT_ALL, query = "select count(t) from ApiToken t")
@NamedQuery(
    name = ApiToken.FIND_ACTIVE_BY_ID,
    query =
        "select t from ApiToken t"
            + " where t.tenantId = :tenantId and t.id = :id and t.revokedAt is null")
@NamedQuery(
    name = ApiToken.LIST_ACTIVE,
    query =
        "select t from ApiToken t where t.tenantId = :tenantId and t.revokedAt is null"
            + " order by t.id")
public class ApiToken {
  public static final String FIND_ACTIVE_BY_HASH = "ApiToken.findActiveByHash";
  public static final String COUNT_ALL = "ApiToken.countAll";
  public static final String FIND_ACTIVE_BY_ID = "ApiToken.findActiveById";
  public static final String LIST_ACTIVE = "ApiToken.listActive";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "api_token_ids")
  @TableGenerator(
      name = "api_token_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "api_tokens",
      allocationSize = 10)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(nullable = false)
  private String name;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  /** Comma-separated, e.g. {@code customers:read,customers:write} or {@code *}. */
  @Column(nullable = false)
  private String abilities;

  @Column(name = "rate_limit_per_minute")
  private Integer rateLimitPerMinute;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(long tenantId, String name, String tokenHash, List<String> abilities) {
    this.tenantId = tenantId;
    this.name = Objects.requireNonNull(name);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.abilities = String.join(",", abilities);
  }

  /** A token with its own rate limit (null: the server's default). */
  public ApiToken(
      long tenantId,
      String name,
      String tokenHash,
      List<String> abilities,
      Integer rateLimitPerMinute) {
    this(tenantId, name, tokenHash, abilities);
    this.rateLimitPerMinute = rateLimitPerMinute;
  }

  /** The token dies at once: authentication only finds tokens not revoked. */
  public void revoke(Instant at) {
    revokedAt = at;
  }

  /** A new secret for the same token; the old value dies at once. */
  public void replaceSecret(String newTokenHash) {
    tokenHash = Objects.requireNonNull(newTokenHash);
  }

  @PrePersist
  void onCreate() {
    createdAt = Instants.now();
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getName() {
    return name;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public List<String> getAbilities() {
    return abilities.isEmpty() ? List.of() : Arrays.asList(abilities.split(","));
  }

  public Integer getRateLimitPerMinute() {
    return rateLimitPerMinute;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
