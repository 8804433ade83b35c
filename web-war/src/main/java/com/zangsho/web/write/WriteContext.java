package com.zangsho.web.write;

import com.zangsho.application.write.IdempotencyKey;
import jakarta.enterprise.context.RequestScoped;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * What {@link WriteRequestFilter} learned of a write request for {@link WriteInterceptor}: its body
 * (kept, because a retried write reads it again), the client's address and its idempotency key.
 */
@RequestScoped
public class WriteContext {
  private byte[] body = new byte[0];
  private String ip;
  private IdempotencyKey idempotencyKey;

  void set(byte[] body, String ip, IdempotencyKey idempotencyKey) {
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

  /** The request's key, or null when it came without one. */
  IdempotencyKey idempotencyKey() {
    return idempotencyKey;
  }
}
