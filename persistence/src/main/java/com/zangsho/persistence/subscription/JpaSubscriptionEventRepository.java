package com.zangsho.persistence.subscription;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.subscription.EventFilter;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.domain.subscription.SubscriptionEventRepository;
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
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSubscriptionEventRepository extends JpaRecords<SubscriptionEvent>
    implements SubscriptionEventRepository {
  /** The list's query: what it reads, in which order, and how a page continues. */
  private static final ListQuery<SubscriptionEvent> LIST =
      new ListQuery<>(
          SubscriptionEvent.class,
          "SubscriptionEvent e",
          " join fetch e.customer",
          ListOrder.BY_OCCURRED_AT,
          event -> ListOrder.occurredAtCursor(event.getOccurredAt(), event.getId()));

  @Override
  public List<SubscriptionEvent> findByCustomersAndTimes(
      long tenantId, Collection<Long> customerIds, Collection<Instant> occurredAts, RowLock lock) {
    if (customerIds.isEmpty() || occurredAts.isEmpty()) {
      return List.of();
    }
    return Locking.keyLookup(
        em,
        SubscriptionEvent.class,
        lock,
        tenantId,
        "subscription_events",
        "customer_id",
        customerIds,
        "t.occurred_at in (?3)",
        occurredAts);
  }

  @Override
  public boolean exists(long tenantId, SubscriptionEvent.Key key) {
    return !em.createNamedQuery(SubscriptionEvent.FIND_BY_KEY, Long.class)
        .setParameter("tenantId", tenantId)
        .setParameter("customerId", key.customerId())
        .setParameter("eventType", key.eventType())
        .setParameter("occurredAt", key.occurredAt())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean existsForCustomer(long tenantId, long customerId) {
    return !em.createNamedQuery(SubscriptionEvent.EXISTS_FOR_CUSTOMER, Long.class)
        .setParameter("tenantId", tenantId)
        .setParameter("customerId", customerId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Instant> latestBetween(
      long tenantId, long customerId, Instant from, Instant until) {
    return Optional.ofNullable(
        em.createNamedQuery(SubscriptionEvent.LATEST_BETWEEN, Instant.class)
            .setParameter("tenantId", tenantId)
            .setParameter("customerId", customerId)
            .setParameter("from", from)
            .setParameter("until", until)
            .getSingleResult());
  }

  @Override
  public Page<SubscriptionEvent> search(long tenantId, EventFilter filter, PageRequest page) {
    TenantWhere where =
        new TenantWhere("e", tenantId)
            .equal("customer.id", "customerId", filter.customerId())
            .equal("eventType", "eventType", filter.eventType())
            .within("occurredAt", filter.occurred());
    return Paging.page(em, LIST, where, page);
  }
}
