package com.zangsho.web.write;

import jakarta.enterprise.context.RequestScoped;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * What {@link WriteRequestFilter} learned of a write request for {@link WriteInterceptor}: its body
 * (kept, because a retried write reads it again), the client's address and the idempotency key it
 * claimed.
 */
@RequestScoped
public class WriteContext {
  private byte[] body = new byte[0];
  private String ip;
  private String idempotencyKey;

  void set(byte[] body, String ip, String idempotencyKey) {
    this.body = body;
    this.ip = ip;
    this.idempotencyKey = idempotencyKey;
  }

  /** The body again, from its start. */
  InputStream body() {
    return new ByteArrayInputStream(body);
  }

  String ip() {
    return ip;
  }

  /** The claimed key, or null when the request came without one. */
  String idempotencyKey() {
    return idempotencyKey;
  }
}
