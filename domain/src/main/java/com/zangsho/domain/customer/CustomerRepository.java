package com.zangsho.domain.customer;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Customers of one tenant at a time: every method takes the tenant. Joins the caller's transaction.
 */
public interface CustomerRepository {
  Optional<Customer> findById(long tenantId, long id);

  /**
   * As {@link #findById}, holding the row's write lock until the transaction ends: single changes
   * of one customer then apply one after the other, none writing back what another changed.
   */
  Optional<Customer> findByIdForChange(long tenantId, long id);

  Optional<Customer> findByEmail(long tenantId, String email);

  Optional<Customer> findByExternalId(long tenantId, String externalId);

  /** In one query: the customers whose e-mail key or external id is among those given. */
  List<Customer> findByEmailKeysOrExternalIds(
      long tenantId, Collection<String> emailKeys, Collection<String> externalIds, RowLock lock);

  /** In one query: the customers whose id or e-mail key is among those given. */
  List<Customer> findByIdsOrEmailKeys(
      long tenantId, Collection<Long> ids, Collection<String> emailKeys);

  /** Ordered by id; {@code search} is a case-insensitive partial match on e-mail or name. */
  Page<Customer> search(long tenantId, String search, PageRequest page);

  void add(Customer customer);

  void addAll(Collection<Customer> customers);

  /**
   * Inserts new rows now, as one JDBC batch with every other pending change, so that a unique key
   * taken by a concurrent transaction surfaces here as {@link
   * com.zangsho.domain.ConcurrentWriteException}; the rows are not tracked afterwards.
   */
  void insertAll(Collection<Customer> customers);

  void remove(Customer customer);

  /**
   * Writes pending changes now, so that a unique key taken by a concurrent transaction surfaces
   * here as {@link com.zangsho.domain.ConcurrentWriteException} rather than at commit.
   */
  void flush();
}
