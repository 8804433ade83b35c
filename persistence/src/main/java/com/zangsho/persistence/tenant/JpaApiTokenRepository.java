package com.zangsho.persistence.tenant;

import com.zangsho.domain.tenant.ApiToken;
import com.zangsho.domain.tenant.ApiTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
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
  public boolean anyExists() {
    return em.createNamedQuery(ApiToken.COUNT_ALL, Long.class).getSingleResult() > 0;
  }
}
