package com.zangsho.persistence.webhook;

import com.zangsho.domain.webhook.Webhook;
import com.zangsho.domain.webhook.WebhookRepository;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.ReportsRaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaWebhookRepository extends JpaRecords<Webhook> implements WebhookRepository {
  @Override
  public Optional<Webhook> findById(long tenantId, long id) {
    return em.createNamedQuery(Webhook.FIND_BY_ID, Webhook.class)
        .setParameter("tenantId", tenantId)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Webhook> list(long tenantId) {
    return em.createNamedQuery(Webhook.LIST, Webhook.class)
        .setParameter("tenantId", tenantId)
        .getResultList();
  }

  @Override
  public void remove(Webhook webhook) {
    em.remove(webhook);
  }
}
