package com.zangsho.domain.operations;

import java.time.Instant;

/**
 * Reads the {@link Backlog}. The one reader of merchant tables that is not scoped to a tenant, on
 * purpose: it counts, it returns no row.
 */
public interface BacklogRepository {
  Backlog measure(Instant now);
}
