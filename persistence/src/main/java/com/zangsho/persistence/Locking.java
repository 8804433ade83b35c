package com.zangsho.persistence;

import com.zangsho.domain.RowLock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;

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

  /**
   * The rows of {@code type} a batch names by key: the tenant's rows of {@code table} (alias {@code
   * t}) whose {@code column} is one of {@code keys} ({@link TenantKeyList}), and, unless it is
   * null, that meet {@code andWhere}, whose parameters are {@code ?3, ?4, …} ({@code more}, lists
   * for {@code in (?n)}). Native SQL: Hibernate 6.6 keeps no plan for a JPQL query with a list
   * parameter and translates it to SQL again on every execution, which was 7 % of a batch's server
   * CPU; these look-ups run on every batch.
   */
  public static <T> List<T> keyLookup(
      EntityManager em,
      Class<T> type,
      RowLock lock,
      long tenantId,
      String table,
      String column,
      Collection<?> keys,
      String andWhere,
      Object... more) {
    TenantKeyList keyList = TenantKeyList.of(em, table, column, keys);
    String sql = "select t.* " + keyList.fromWhere() + (andWhere == null ? "" : " and " + andWhere);
    Query query = em.createNativeQuery(lock == RowLock.NONE ? sql : sql + " for update", type);
    // Only pending changes to this entity's rows need flushing before the look-up.
    query.unwrap(NativeQuery.class).addSynchronizedEntityClass(type);
    if (lock == RowLock.NONE) {
      query.setHint(HibernateHints.HINT_READ_ONLY, true);
    }
    keyList.bind(query, tenantId);
    for (int i = 0; i < more.length; i++) {
      query.setParameter(i + 3, more[i]);
    }
    try {
      @SuppressWarnings("unchecked")
      List<T> rows = query.getResultList();
      return lock == RowLock.NONE ? rows : writable(rows, em.unwrap(Session.class));
    } catch (PersistenceException e) {
      throw Flushing.translate(e);
    }
  }

  public static <T> List<T> resultList(TypedQuery<T> query, RowLock lock) {
    if (lock == RowLock.NONE) {
      return query.getResultList();
    }
    try {
      return writable(
          query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList(),
          // A query of an entity manager runs in a (stateful) session.
          (Session) query.unwrap(org.hibernate.query.Query.class).getSession());
    } catch (PersistenceException e) {
      throw Flushing.translate(e);
    }
  }

  /**
   * A row read to change is never read-only, even when the same transaction read it before as a
   * reference (the persistence context then hands back that instance): its changes would be lost.
   */
  private static <T> List<T> writable(List<T> rows, Session session) {
    for (T row : rows) {
      if (session.isReadOnly(row)) {
        session.setReadOnly(row, false);
      }
    }
    return rows;
  }
}
