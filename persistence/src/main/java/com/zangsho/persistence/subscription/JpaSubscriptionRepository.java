package com.zangsho.persistence.subscription;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.page.Cursor;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.subscription.Subscription;
import com.zangsho.domain.subscription.SubscriptionFilter;
import com.zangsho.domain.subscription.SubscriptionRepository;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.ListOrder;
import com.zangsho.persistence.ListQuery;
import com.zangsho.persistence.Locking;
import com.zangsho.persistence.Paging;
import com.zangsho.persistence.ReportsRaces;
import com.zangsho.persistence.TenantWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSubscriptionRepository extends JpaRecords<Subscription>
    implements SubscriptionRepository {
  /** The list's query: what it reads, in which order, and how a page continues. */
  private static final ListQuery<Subscription> LIST =
      new ListQuery<>(
          Subscription.class,
          "Subscription s",
          " join fetch s.customer",
          ListOrder.BY_ID,
          subscription -> Cursor.of(subscription.getId()));

  @Override
  public Optional<Subscription> findById(long tenantId, long id) {
    return byId(tenantId, id, RowLock.NONE);
  }

  @Override
  public Optional<Subscription> findByIdForChange(long tenantId, long id) {
    return byId(tenantId, id, RowLock.FOR_CHANGE);
  }

  @Override
  public Optional<Long> customerIdOf(long tenantId, long id) {
    return em.createQuery(
            "select s.customer.id from Subscription s where s.tenantId = :tenantId and s.id = :id",
            Long.class)
        .setParameter("tenantId", tenantId)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  private Optional<Subscription> byId(long tenantId, long id, RowLock lock) {
    return Locking.first(
        em.createNamedQuery(Subscription.FIND_BY_ID, Subscription.class)
            .setParameter("tenantId", tenantId)
            .setParameter("id", id),
        lock);
  }

  @Override
  public List<Subscription> findByCustomerIds(
      long tenantId, Collection<Long> customerIds, RowLock lock) {
    if (customerIds.isEmpty()) {
      return List.of();
    }
    return Locking.keyLookup(
        em, Subscription.class, lock, tenantId, "subscriptions", "customer_id", customerIds, null);
  }

  @Override
  public Page<Subscription> search(long tenantId, SubscriptionFilter filter, PageRequest page) {
    TenantWhere where =
        new TenantWhere("s", tenantId)
            .equal("status", "status", filter.status())
            .equal("customer.id", "customerId", filter.customerId());
    return Paging.page(em, LIST, where, page);
  }
}
