package com.zangsho.application.config;

import com.zangsho.domain.metrics.MrrRules;
import com.zangsho.domain.webhook.SecretKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The operator's settings that come from the environment (README, "Configuration"). */
@ApplicationScoped
public class ServerSettings {
  /**
   * {@code ZANGSHO_ADMIN_TOKEN}: authorises {@code /admin}; unset, {@code /admin} does not exist.
   */
  public Optional<String> adminToken() {
    return env("ZANGSHO_ADMIN_TOKEN");
  }

  /**
   * {@code ZANGSHO_METRICS_TOKEN}: authorises {@code /metrics} (a Prometheus scrape's bearer
   * token); unset, {@code /metrics} does not exist.
   */
  public Optional<String> metricsToken() {
    return env("ZANGSHO_METRICS_TOKEN");
  }

  /** {@code ZANGSHO_BOOTSTRAP_TOKEN}: a {@code *} token of tenant {@code default} made at start. */
  public Optional<String> bootstrapToken() {
    return env("ZANGSHO_BOOTSTRAP_TOKEN");
  }

  /**
   * {@code ZANGSHO_SECRET_KEY} (seals webhook secrets at rest) and {@code
   * ZANGSHO_SECRET_KEY_PREVIOUS} (keys that only open, while a rotation is under way).
   *
   * @throws IllegalArgumentException naming a setting that is not a 32-byte key in base64
   */
  public SecretKeys secretKeys() {
    return SecretKeys.of(
        env("ZANGSHO_SECRET_KEY").orElse(null), env("ZANGSHO_SECRET_KEY_PREVIOUS").orElse(null));
  }

  /** Requests a minute a token may make unless it has its own limit (docs/api.md §3). */
  public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 60;

  /**
   * {@code ZANGSHO_RATE_LIMIT_PER_MINUTE}: the server-wide default limit per token; a value that is
   * not a positive whole number is ignored.
   */
  public int rateLimitPerMinute() {
    return env("ZANGSHO_RATE_LIMIT_PER_MINUTE")
        .flatMap(ServerSettings::positive)
        .orElse(DEFAULT_RATE_LIMIT_PER_MINUTE);
  }

  /** Where rate-limit buckets are kept (docs/cluster.md). */
  public enum RateLimitStore {
    /** This server's memory: exact for a server alone. */
    MEMORY,
    /** The database: one bucket per token for every server that shares it. */
    DATABASE
  }

  /**
   * {@code ZANGSHO_RATE_LIMIT_STORE} ({@code memory} | {@code database}); unset or another word,
   * the database when other servers can share it (MySQL), else memory (the embedded H2 file).
   */
  public Optional<RateLimitStore> rateLimitStore() {
    return env("ZANGSHO_RATE_LIMIT_STORE")
        .flatMap(
            word ->
                Arrays.stream(RateLimitStore.values())
                    .filter(store -> store.name().equalsIgnoreCase(word))
                    .findFirst());
  }

  /**
   * {@code ZANGSHO_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true}: webhooks may point at loopback and private
   * networks (a receiver inside the company). Link-local and metadata addresses stay refused.
   */
  public boolean webhookAllowPrivateNetworks() {
    return env("ZANGSHO_WEBHOOK_ALLOW_PRIVATE_NETWORKS")
        .map("true"::equalsIgnoreCase)
        .orElse(false);
  }

  /** {@code ZANGSHO_WEBHOOK_RETRY_BASE_SECONDS}: the first retry's delay, doubled per attempt. */
  public Duration webhookRetryBase() {
    return Duration.ofSeconds(
        env("ZANGSHO_WEBHOOK_RETRY_BASE_SECONDS").flatMap(ServerSettings::positive).orElse(10));
  }

  /** {@code /v1} requests at work at once unless the operator says otherwise. */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 20;

  /**
   * {@code ZANGSHO_MAX_CONCURRENT_REQUESTS}: how many {@code /v1} requests may work at once; the
   * rest are answered 503 at once. Below the datasource's pool (30 connections as provisioned),
   * leaving connections for the health checks and the webhook dispatcher.
   */
  public int maxConcurrentRequests() {
    return env("ZANGSHO_MAX_CONCURRENT_REQUESTS")
        .flatMap(ServerSettings::positive)
        .orElse(DEFAULT_MAX_CONCURRENT_REQUESTS);
  }

  /**
   * How revenue metrics count (docs/api.md §11): {@code ZANGSHO_MRR_RESTART_GRACE_HOURS} (default
   * 24; 0: every cancel is churn), within which a cancel followed by the MRR coming back is neither
   * churn nor reactivation; {@code ZANGSHO_MRR_REACTIVATION_WINDOW_DAYS} (default: unlimited),
   * within which a returning customer is a reactivation rather than new business. A change is
   * applied to the stored movements at the next start ({@code MrrRebuild}).
   */
  public MrrRules mrrRules() {
    Duration grace =
        env("ZANGSHO_MRR_RESTART_GRACE_HOURS")
            .flatMap(ServerSettings::nonNegative)
            .map(Duration::ofHours)
            .orElse(MrrRules.DEFAULT.restartGrace());
    Duration window =
        env("ZANGSHO_MRR_REACTIVATION_WINDOW_DAYS")
            .flatMap(ServerSettings::positive)
            .map(Duration::ofDays)
            .orElse(MrrRules.DEFAULT.reactivationWindow());
    return new MrrRules(grace, window);
  }

  /**
   * This server's name among those sharing the database: WildFly's node name ({@code
   * jboss.node.name}, the host's name unless the operator gives another).
   */
  public String nodeName() {
    return Optional.ofNullable(System.getProperty("jboss.node.name")).orElse("zangsho");
  }

  /**
   * The settings every server sharing the database must agree on (docs/cluster.md), as {@code
   * name=value} pairs joined by {@code ;}: the MRR rules (movements one server works out, another
   * would work out differently), the default rate limit, whether limits are shared, and the key
   * webhook secrets are sealed with (its id: a server with another could not sign).
   */
  public String sharedSettings() {
    return "mrr_rules="
        + mrrRules().fingerprint()
        + ";rate_limit_per_minute="
        + rateLimitPerMinute()
        + ";rate_limit_store="
        + (rateLimitStore().orElse(RateLimitStore.DATABASE) == RateLimitStore.MEMORY
            ? "memory"
            : "database")
        + ";secret_key="
        + secretKeys().currentKeyId().orElse("none");
  }

  private static Optional<Integer> nonNegative(String text) {
    return "0".equals(text) ? Optional.of(0) : positive(text);
  }

  private static Optional<Integer> positive(String text) {
    try {
      int value = Integer.parseInt(text);
      return value > 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
