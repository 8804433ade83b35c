package com.zangsho.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
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
   * Inserts new rows now, as one JDBC batch, after every pending change (the rows they refer to),
   * without tracking them ({@link RowInserts}): nothing later in the write changes a row it has
   * just created.
   */
  public void insertAll(Collection<T> rows) {
    Flushing.flush(em);
    try {
      RowInserts.insert(em, rows);
    } catch (PersistenceException e) {
      throw Flushing.translate(e);
    }
  }

  public void flush() {
    Flushing.flush(em);
  }
}
