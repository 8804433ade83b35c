package com.zangsho.domain.subscription;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Subscriptions of one tenant at a time: every method takes the tenant. Joins the caller's
 * transaction.
 */
public interface SubscriptionRepository {
  /** With its customer loaded. */
  Optional<Subscription> findById(long tenantId, long id);

  /**
   * The id of the subscription's customer, without loading the subscription: a change reads the
   * subscription afterwards under its row lock ({@link #findByIdForChange}), which would otherwise
   * hand back the copy read here.
   */
  Optional<Long> customerIdOf(long tenantId, long id);

  /**
   * As {@link #findById}, holding the row's write lock until the transaction ends: single changes
   * of one subscription then apply one after the other, each event starting where the last ended.
   */
  Optional<Subscription> findByIdForChange(long tenantId, long id);

  /** In one query: the subscriptions of the customers given (at most one each). */
  List<Subscription> findByCustomerIds(long tenantId, Collection<Long> customerIds, RowLock lock);

  default List<Subscription> findByCustomerIds(long tenantId, Collection<Long> customerIds) {
    return findByCustomerIds(tenantId, customerIds, RowLock.NONE);
  }

  /** Ordered by id, each with its customer loaded. */
  Page<Subscription> search(long tenantId, SubscriptionFilter filter, PageRequest page);

  void add(Subscription subscription);

  /**
   * Inserts new rows now, as one JDBC batch with every other pending change, so that a unique key
   * taken by a concurrent transaction surfaces here as {@link
   * com.zangsho.domain.ConcurrentWriteException}; the rows are not tracked afterwards.
   */
  void insertAll(Collection<Subscription> subscriptions);

  /** As {@link com.zangsho.domain.customer.CustomerRepository#flush()}. */
  void flush();
}
