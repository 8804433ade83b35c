package com.zangsho.domain.subscription;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Subscription events of one tenant at a time: every method takes the tenant. Joins the caller's
 * transaction.
 */
public interface SubscriptionEventRepository {
  /**
   * In one query: the events of the customers given that occurred at one of the instants given (a
   * superset of the keys a batch names, narrowed in memory).
   */
  List<SubscriptionEvent> findByCustomersAndTimes(
      long tenantId, Collection<Long> customerIds, Collection<Instant> occurredAts, RowLock lock);

  boolean exists(long tenantId, SubscriptionEvent.Key key);

  boolean existsForCustomer(long tenantId, long customerId);

  /**
   * When the customer's latest event between {@code from} and {@code until} (both inclusive) is.
   */
  Optional<Instant> latestBetween(long tenantId, long customerId, Instant from, Instant until);

  /** Ordered by {@code occurred_at}, then id; each with its customer loaded. */
  Page<SubscriptionEvent> search(long tenantId, EventFilter filter, PageRequest page);

  void add(SubscriptionEvent event);

  /**
   * Inserts new rows now, as one JDBC batch with every other pending change, so that a unique key
   * taken by a concurrent transaction surfaces here as {@link
   * com.zangsho.domain.ConcurrentWriteException}; the rows are not tracked afterwards.
   */
  void insertAll(Collection<SubscriptionEvent> events);

  /** As {@link com.zangsho.domain.customer.CustomerRepository#flush()}. */
  void flush();
}
