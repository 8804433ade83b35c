package com.zangsho.persistence.webhook;

import com.zangsho.domain.webhook.Webhook;
import com.zangsho.domain.webhook.WebhookRepository;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.ReportsRaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.engine.spi.SessionImplementor;

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

  @Override
  public int resealSecrets() {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    return session.doReturningWork(
        connection -> {
          Map<Long, String> stale = new LinkedHashMap<>();
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT id, secret FROM webhooks");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              if (!SealedSecrets.KEYS.isCurrent(rows.getString(2))) {
                stale.put(rows.getLong(1), rows.getString(2));
              }
            }
          }
          try (PreparedStatement update =
              connection.prepareStatement("UPDATE webhooks SET secret = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> row : stale.entrySet()) {
              update.setString(1, SealedSecrets.KEYS.seal(SealedSecrets.KEYS.open(row.getValue())));
              update.setLong(2, row.getKey());
              update.addBatch();
            }
            update.executeBatch();
          }
          return stale.size();
        });
  }
}
