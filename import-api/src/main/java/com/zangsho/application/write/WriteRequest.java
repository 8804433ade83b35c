package com.zangsho.application.write;

import com.zangsho.domain.tenant.Caller;

/**
 * A write request as the activity log and the idempotency keys see it.
 *
 * @param action the activity log's action, e.g. {@code customer.created}
 * @param subjectType what the write is about, e.g. {@code customer}, or null for a batch
 * @param ip the client's address
 * @param idempotencyKey the request's {@code X-Idempotency-Key}, or null
 * @param dryRun a batch's {@code dry_run}: the write is decided and answered, and nothing is kept
 */
public record WriteRequest(
    Caller caller,
    String action,
    String subjectType,
    String ip,
    IdempotencyKey idempotencyKey,
    boolean dryRun) {}
