package com.zangsho.persistence.tenant;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.tenant.ApiToken;
import com.zangsho.domain.tenant.ApiTokenRepository;
import com.zangsho.persistence.Locking;
import com.zangsho.persistence.ReportsRaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaApiTokenRepository implements ApiTokenRepository {
  @PersistenceContext(unitName = "zangsho")
  EntityManager em;

  @Override
  public void add(ApiToken token) {
    em.persist(token);
  }

  @Override
  public Optional<ApiToken> findActiveByHash(String tokenHash) {
    return em.createNamedQuery(ApiToken.FIND_ACTIVE_BY_HASH, ApiToken.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ApiToken> findActiveByIdForChange(long tenantId, long id) {
    return Locking.first(
        em.createNamedQuery(ApiToken.FIND_ACTIVE_BY_ID, ApiToken.class)
            .setParameter("tenantId", tenantId)
            .setParameter("id", id),
        RowLock.FOR_CHANGE);
  }

  @Override
  public List<ApiToken> listActive(long tenantId) {
    return em.createNamedQuery(ApiToken.LIST_ACTIVE, ApiToken.class)
        .setParameter("tenantId", tenantId)
        .getResultList();
  }

  @Override
  public boolean anyExists() {
    return em.createNamedQuery(ApiToken.COUNT_ALL, Long.class).getSingleResult() > 0;
  }
}
