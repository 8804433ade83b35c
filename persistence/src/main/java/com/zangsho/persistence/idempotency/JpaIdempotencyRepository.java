package com.zangsho.persistence.idempotency;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.idempotency.IdempotencyRecord;
import com.zangsho.domain.idempotency.IdempotencyRepository;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.Locking;
import com.zangsho.persistence.ReportsRaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaIdempotencyRepository extends JpaRecords<IdempotencyRecord>
    implements IdempotencyRepository {
  @Override
  public Optional<IdempotencyRecord> find(long tenantId, String key) {
    return query(tenantId, key).getResultStream().findFirst();
  }

  @Override
  public Optional<IdempotencyRecord> findForUpdate(long tenantId, String key) {
    return Locking.first(query(tenantId, key), RowLock.FOR_CHANGE);
  }

  private TypedQuery<IdempotencyRecord> query(long tenantId, String key) {
    return em.createNamedQuery(IdempotencyRecord.FIND, IdempotencyRecord.class)
        .setParameter("tenantId", tenantId)
        .setParameter("key", key);
  }

  @Override
  public int removeExpired(Instant now) {
    return em.createNamedQuery(IdempotencyRecord.DELETE_EXPIRED)
        .setParameter("now", now)
        .executeUpdate();
  }
}
