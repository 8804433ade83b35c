package com.zangsho.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/**
 * What every repository of merchant records does the same way: add rows to the caller's transaction
 * and flush with the database's race reports translated ({@link Flushing}).
 *
 * @param <T> the entity
 */
public abstract class JpaRecords<T> {
  @PersistenceContext(unitName = "zangsho")
  protected EntityManager em;

  public void add(T row) {
    em.persist(row);
  }

  public void addAll(Collection<T> rows) {
    rows.forEach(em::persist);
  }

  /**
   * Inserts new rows now, as one JDBC batch with every other pending change, and stops tracking
   * them: nothing later in the write changes a row it has just created, and the commit's flush
   * would otherwise compare each of them field by field again.
   */
  public void insertAll(Collection<T> rows) {
    rows.forEach(em::persist);
    Flushing.flush(em);
    rows.forEach(em::detach);
  }

  public void flush() {
    Flushing.flush(em);
  }
}
