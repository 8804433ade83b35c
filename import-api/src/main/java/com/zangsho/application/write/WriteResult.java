package com.zangsho.application.write;

/**
 * What a write answered, as an idempotency key keeps it, and what its activity log entry says of
 * it.
 *
 * @param body the response body as sent (JSON), or null
 * @param location the {@code Location} header, or null
 * @param subjectId the id of what was written, or null (a batch)
 * @param summary the batch counts as a JSON object, or null
 */
public record WriteResult(
    int status, String body, String location, Long subjectId, String summary) {}
