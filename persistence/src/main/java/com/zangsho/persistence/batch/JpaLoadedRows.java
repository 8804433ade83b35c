package com.zangsho.persistence.batch;

import com.zangsho.domain.batch.LoadedRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The transaction's persistence context: clearing it detaches every row, unwritten. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaLoadedRows implements LoadedRows {
  @PersistenceContext(unitName = "zangsho")
  EntityManager em;

  @Override
  public void discardChanges() {
    em.clear();
  }
}
