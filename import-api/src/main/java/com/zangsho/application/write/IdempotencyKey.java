package com.zangsho.application.write;

/**
 * A request's {@code X-Idempotency-Key}, with the hash of the request it was sent with.
 *
 * @param requestHash {@link IdempotencyClaims#requestHash}
 */
public record IdempotencyKey(String key, String requestHash) {
  public static final String HEADER = "X-Idempotency-Key";
}
