package com.zangsho.persistence.operations;

import com.zangsho.domain.operations.ServerNode;
import com.zangsho.domain.operations.ServerNodeRepository;
import com.zangsho.persistence.ReportsRaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.hibernate.query.NativeQuery;

/** {@code cluster_nodes}, in native SQL: a few rows, written every 10 s by each server. */
@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaServerNodeRepository implements ServerNodeRepository {
  @PersistenceContext(unitName = "zangsho")
  EntityManager em;

  @Override
  public void save(ServerNode node) {
    em.createNativeQuery(
            "insert into cluster_nodes (node_name, shared_settings, started_at, seen_at)"
                + " values (?, ?, ?, ?) on duplicate key update"
                + " shared_settings = values(shared_settings), started_at = values(started_at),"
                + " seen_at = values(seen_at)")
        .setParameter(1, node.name())
        .setParameter(2, node.sharedSettings())
        .setParameter(3, node.startedAt())
        .setParameter(4, node.seenAt())
        .executeUpdate();
  }

  @Override
  public void seen(String name, Instant now) {
    em.createNativeQuery("update cluster_nodes set seen_at = ? where node_name = ?")
        .setParameter(1, now)
        .setParameter(2, name)
        .executeUpdate();
  }

  @Override
  public void remove(String name) {
    em.createNativeQuery("delete from cluster_nodes where node_name = ?")
        .setParameter(1, name)
        .executeUpdate();
  }

  @Override
  public List<ServerNode> seenSince(Instant since) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select node_name, shared_settings, started_at, seen_at from cluster_nodes"
                    + " where seen_at >= ? order by node_name")
            .setParameter(1, since)
            .unwrap(NativeQuery.class)
            .addScalar("node_name", String.class)
            .addScalar("shared_settings", String.class)
            .addScalar("started_at", Instant.class)
            .addScalar("seen_at", Instant.class)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ServerNode(
                    (String) row[0], (String) row[1], (Instant) row[2], (Instant) row[3]))
        .toList();
  }
}
