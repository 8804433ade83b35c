package com.zangsho.web.write;

import com.zangsho.application.write.IdempotencyKey;
import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;

/**
 * What {@link WriteRequestFilter} learned of a write request for {@link Writes}: the client's
 * address and its idempotency key; and whether it was answered through {@link Writes} (or as a
 * replay of its key's answer).
 */
@RequestScoped
public class WriteContext {
  private boolean write;
  private String ip;
  private IdempotencyKey idempotencyKey;
  private boolean enveloped;
  private long startedNanos;

  void set(String ip, IdempotencyKey idempotencyKey) {
    this.write = true;
    this.startedNanos = System.nanoTime();
    this.ip = ip;
    this.idempotencyKey = idempotencyKey;
  }

  /** The caller's address, as the activity log records it. */
  public String ip() {
    return ip;
  }

  /** The request's key, or null when it came without one. */
  IdempotencyKey idempotencyKey() {
    return idempotencyKey;
  }

  /** How long ago the write's request reached the filters. */
  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  void answeredThroughEnvelope() {
    enveloped = true;
  }

  /** A {@code /v1} write by a caller whose endpoint did not go through {@link Writes}. */
  boolean bypassedEnvelope() {
    return write && !enveloped;
  }
}
