package com.zangsho.persistence;

import com.zangsho.domain.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaDatabaseProbe implements DatabaseProbe {
  @PersistenceContext(unitName = "zangsho")
  EntityManager em;

  @Override
  public void ping() {
    em.createNativeQuery("SELECT 1").getSingleResult();
  }
}
