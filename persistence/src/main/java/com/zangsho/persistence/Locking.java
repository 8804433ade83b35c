package com.zangsho.persistence;

import com.zangsho.domain.RowLock;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Runs queries that read rows to change, {@code FOR UPDATE} when asked. Waiting for such a lock can
 * end in a deadlock or a lock-wait timeout, which is a race like a taken key: it reaches the caller
 * as a {@link com.zangsho.domain.ConcurrentWriteException}, so the whole write runs again.
 */
public final class Locking {
  private Locking() {}

  /** The first row the query finds, if any. */
  public static <T> Optional<T> first(TypedQuery<T> query, RowLock lock) {
    return resultList(query, lock).stream().findFirst();
  }

  public static <T> List<T> resultList(TypedQuery<T> query, RowLock lock) {
    if (lock == RowLock.NONE) {
      return query.getResultList();
    }
    try {
      return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    } catch (PersistenceException e) {
      throw Flushing.translate(e);
    }
  }
}
