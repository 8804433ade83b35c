package com.zangsho.web.write;

import com.zangsho.application.write.WriteResult;
import jakarta.ws.rs.core.Response;

/** The answer a key's first request got, sent again (docs/api.md §4). */
final class IdempotentReplays {
  static final String HEADER = "Idempotent-Replayed";

  private IdempotentReplays() {}

  static Response response(WriteResult stored) {
    return Writes.responseOf(stored).header(HEADER, "true").build();
  }
}
