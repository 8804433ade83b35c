package com.zangsho.application.write;

import com.zangsho.domain.idempotency.IdempotencyRepository;
import com.zangsho.domain.validation.Instants;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Removes idempotency keys past their 24 hours, every ten minutes. */
@Singleton
public class IdempotencyKeyPurge {
  private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class.getName());

  @Inject IdempotencyRepository keys;

  // Not persistent: a missed run changes nothing, the next one removes the same keys.
  @Schedule(minute = "*/10", hour = "*", persistent = false)
  public void removeExpired() {
    int removed = keys.removeExpired(Instants.now());
    if (removed > 0) {
      LOG.fine(() -> "removed " + removed + " expired idempotency keys");
    }
  }
}
