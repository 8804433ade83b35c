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

  public void flush() {
    Flushing.flush(em);
  }
}
