package com.zangsho.persistence.tenant;

import com.zangsho.domain.tenant.Tenant;
import com.zangsho.domain.tenant.TenantRepository;
import com.zangsho.persistence.ReportsRaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaTenantRepository implements TenantRepository {
  @PersistenceContext(unitName = "zangsho")
  EntityManager em;

  @Override
  public void add(Tenant tenant) {
    em.persist(tenant);
  }

  @Override
  public Optional<Tenant> findFirstByName(String name) {
    return em.createNamedQuery(Tenant.FIND_BY_NAME, Tenant.class)
        .setParameter("name", name)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
