package com.zangsho.persistence.operations;

import com.zangsho.domain.operations.Backlog;
import com.zangsho.domain.operations.BacklogRepository;
import com.zangsho.domain.operations.ServerNode;
import com.zangsho.domain.webhook.WebhookDelivery;
import com.zangsho.persistence.ReportsRaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Two aggregate queries: the pending and failed deliveries (the dispatcher's {@code (status,
 * next_attempt_at)} index) and the live idempotency keys.
 */
@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaBacklogRepository implements BacklogRepository {
  @PersistenceContext(unitName = "zangsho")
  EntityManager em;

  @Override
  public Backlog measure(Instant now) {
    Object[] pending =
        em.createQuery(
                "select count(d), min(d.createdAt),"
                    + " count(distinct case when d.attempts > 0 then d.webhookId end)"
                    + " from WebhookDelivery d where d.status = :pending",
                Object[].class)
            .setParameter("pending", WebhookDelivery.Status.PENDING)
            .getSingleResult();
    long failed =
        em.createQuery(
                "select count(d) from WebhookDelivery d where d.status = :failed", Long.class)
            .setParameter("failed", WebhookDelivery.Status.FAILED)
            .getSingleResult();
    long keys =
        em.createQuery(
                "select count(k) from IdempotencyRecord k where k.expiresAt > :now", Long.class)
            .setParameter("now", now)
            .getSingleResult();
    long servers =
        ((Number)
                em.createNativeQuery("select count(*) from cluster_nodes where seen_at >= ?")
                    .setParameter(1, now.minus(ServerNode.GONE_AFTER))
                    .getSingleResult())
            .longValue();
    Instant oldest = (Instant) pending[1];
    return new Backlog(
        (Long) pending[0],
        failed,
        oldest == null || oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now),
        (Long) pending[2],
        keys,
        servers);
  }
}
