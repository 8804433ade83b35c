package com.zangsho.application.write;

import com.zangsho.application.webhook.WebhookEvent;
import java.util.List;

/**
 * What a write answered, as an idempotency key keeps it, and what its activity log entry says of
 * it.
 *
 * @param body the response body as sent (JSON), or null
 * @param location the {@code Location} header, or null
 * @param subjectId the id of what was written, or null (a batch)
 * @param summary the batch counts as a JSON object, or null
 * @param events what the write announces to webhooks; none for a batch
 */
public record WriteResult(
    int status,
    String body,
    String location,
    Long subjectId,
    String summary,
    List<WebhookEvent> events) {
  public WriteResult {
    events = List.copyOf(events);
  }
}
