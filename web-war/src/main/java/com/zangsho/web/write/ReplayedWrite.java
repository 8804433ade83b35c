package com.zangsho.web.write;

import com.zangsho.application.write.WriteResult;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A write that found, in its own transaction, that its key's first request had committed meanwhile:
 * it answers what that one answered. Thrown rather than returned because the endpoint's declared
 * type (say {@code DataJson<CustomerJson>}) cannot carry a stored answer.
 */
final class ReplayedWrite extends RuntimeException {
  private final transient WriteResult stored;

  ReplayedWrite(WriteResult stored) {
    super("replayed", null, false, false);
    this.stored = stored;
  }

  /** Sends the stored answer, as {@link WriteRequestFilter} does for a key answered earlier. */
  @Provider
  public static class Mapper implements ExceptionMapper<ReplayedWrite> {
    @Override
    public Response toResponse(ReplayedWrite replayed) {
      return IdempotentReplays.response(replayed.stored);
    }
  }
}
