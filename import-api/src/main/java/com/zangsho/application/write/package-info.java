/**
 * What every write request leaves beside its effect, in its transaction: the idempotency key's
 * claim and answer ({@link com.zangsho.application.write.IdempotencyClaims}), the activity entry
 * and the webhook outbox rows ({@link com.zangsho.application.write.WriteJournal}). The transaction
 * itself begins at the caller's boundary.
 */
package com.zangsho.application.write;
