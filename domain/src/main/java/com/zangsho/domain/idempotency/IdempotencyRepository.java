package com.zangsho.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

/** Idempotency keys, per tenant. Joins the caller's transaction. */
public interface IdempotencyRepository {
  /** The key's record as committed, without a lock. */
  Optional<IdempotencyRecord> find(long tenantId, String key);

  /** The key's record, locked for this transaction (a concurrent claim waits for it). */
  Optional<IdempotencyRecord> findForUpdate(long tenantId, String key);

  void add(IdempotencyRecord record);

  /** Removes every key expired at {@code now}, of every tenant; returns how many. */
  int removeExpired(Instant now);

  /** As {@link com.zangsho.domain.customer.CustomerRepository#flush()}. */
  void flush();
}
