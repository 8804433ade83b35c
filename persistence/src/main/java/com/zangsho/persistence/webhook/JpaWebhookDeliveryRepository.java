package com.zangsho.persistence.webhook;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.page.Cursor;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.webhook.Webhook;
import com.zangsho.domain.webhook.WebhookDelivery;
import com.zangsho.domain.webhook.WebhookDeliveryRepository;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.ListOrder;
import com.zangsho.persistence.ListQuery;
import com.zangsho.persistence.Locking;
import com.zangsho.persistence.Paging;
import com.zangsho.persistence.ReportsRaces;
import com.zangsho.persistence.TenantWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaWebhookDeliveryRepository extends JpaRecords<WebhookDelivery>
    implements WebhookDeliveryRepository {
  /** The list's query: what it reads, in which order, and how a page continues. */
  private static final ListQuery<WebhookDelivery> LIST =
      new ListQuery<>(
          WebhookDelivery.class,
          "WebhookDelivery d",
          "",
          ListOrder.BY_ID_DESCENDING,
          delivery -> Cursor.of(delivery.getId()));

  @Override
  public List<WebhookDelivery> claimDue(Instant now, int limit, String token, Instant until) {
    List<Long> due =
        em.createNamedQuery(WebhookDelivery.DUE, Long.class)
            .setParameter("pending", WebhookDelivery.Status.PENDING)
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    if (due.isEmpty()) {
      return List.of();
    }
    // The update re-checks the claim under the row lock: of two workers that saw the same rows
    // due, each row goes to the one whose update got there first.
    em.createNamedQuery(WebhookDelivery.CLAIM)
        .setParameter("token", token)
        .setParameter("until", until)
        .setParameter("ids", due)
        .setParameter("pending", WebhookDelivery.Status.PENDING)
        .setParameter("now", now)
        .executeUpdate();
    return em.createNamedQuery(WebhookDelivery.CLAIMED, WebhookDelivery.class)
        .setParameter("token", token)
        .getResultList();
  }

  @Override
  public List<Webhook> webhooksOfClaim(String token) {
    return em.createNamedQuery(WebhookDelivery.WEBHOOKS_OF_CLAIM, Webhook.class)
        .setParameter("token", token)
        .getResultList();
  }

  @Override
  public Optional<WebhookDelivery> findClaimed(long id, String token) {
    return Optional.ofNullable(em.find(WebhookDelivery.class, id))
        .filter(d -> d.isClaimedBy(token));
  }

  @Override
  public Page<WebhookDelivery> forWebhook(long tenantId, long webhookId, PageRequest page) {
    return Paging.page(
        em, LIST, new TenantWhere("d", tenantId).equal("webhookId", "webhookId", webhookId), page);
  }

  @Override
  public void retryNow(long tenantId, long webhookId, Instant now) {
    em.createNamedQuery(WebhookDelivery.RETRY_NOW)
        .setParameter("tenantId", tenantId)
        .setParameter("webhookId", webhookId)
        .setParameter("pending", WebhookDelivery.Status.PENDING)
        .setParameter("now", now)
        .executeUpdate();
  }

  @Override
  public void hold(long tenantId, long webhookId) {
    em.createNamedQuery(WebhookDelivery.HOLD)
        .setParameter("tenantId", tenantId)
        .setParameter("webhookId", webhookId)
        .setParameter("pending", WebhookDelivery.Status.PENDING)
        .executeUpdate();
  }

  @Override
  public Optional<WebhookDelivery> find(long tenantId, long webhookId, long id) {
    return Locking.first(
        em.createNamedQuery(WebhookDelivery.FIND, WebhookDelivery.class)
            .setParameter("tenantId", tenantId)
            .setParameter("webhookId", webhookId)
            .setParameter("id", id),
        RowLock.FOR_CHANGE);
  }

  @Override
  public int redeliverFailed(long tenantId, long webhookId, Instant since, Instant next) {
    return em.createNamedQuery(WebhookDelivery.REDELIVER_FAILED)
        .setParameter("tenantId", tenantId)
        .setParameter("webhookId", webhookId)
        .setParameter("pending", WebhookDelivery.Status.PENDING)
        .setParameter("failed", WebhookDelivery.Status.FAILED)
        .setParameter("since", since)
        .setParameter("next", next)
        .executeUpdate();
  }

  @Override
  public void removeForWebhook(long tenantId, long webhookId) {
    em.createNamedQuery(WebhookDelivery.DELETE_FOR_WEBHOOK)
        .setParameter("tenantId", tenantId)
        .setParameter("webhookId", webhookId)
        .executeUpdate();
  }
}
