package com.zangsho.domain.metrics;

import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The MRR movements and their day totals, of one tenant at a time: every method takes the tenant.
 * Joins the caller's transaction.
 */
public interface MrrRepository {
  /**
   * Takes the customers' turn to change their history (in id order, so two writes wait rather than
   * deadlock), until the transaction ends. A write calls it before it touches any of their events.
   */
  void lockCustomers(long tenantId, Collection<Long> customerIds);

  /**
   * All the customers' subscription events as last committed, with the transaction's own (the
   * datasource reads committed data).
   */
  List<MrrHistory.Event> eventsOfCustomers(long tenantId, Collection<Long> customerIds);

  List<MrrMovement> movementsOfCustomers(long tenantId, Collection<Long> customerIds);

  /**
   * Removes the movements of the events given, stores {@code added} and adds {@code change} to the
   * day totals.
   */
  void replace(
      long tenantId,
      Collection<Long> removedEventIds,
      Collection<MrrMovement> added,
      MrrDayTotals change);

  /** Every movement before {@code day}, summed. */
  MrrDay sumBefore(long tenantId, LocalDate day);

  /** The days from {@code firstDay} to {@code lastDay} (inclusive) with movements, ascending. */
  List<MrrDay> days(long tenantId, LocalDate firstDay, LocalDate lastDay);

  Page<MrrMovement> search(long tenantId, MovementFilter filter, PageRequest page);

  /** Up to {@code limit} customers with events, by id, after {@code afterCustomerId}. */
  List<Long> customersWithEvents(long tenantId, long afterCustomerId, int limit);

  /** Forgets every movement and day total of the tenant. */
  void clear(long tenantId);

  /** The {@link MrrRules#fingerprint()} the tenant's movements were worked out under. */
  Optional<String> rulesInUse(long tenantId);

  void rulesInUse(long tenantId, String fingerprint);

  /** The tenants that have subscription events. */
  List<Long> tenantsWithEvents();
}
