package com.zangsho.persistence.customer;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.Locking;
import com.zangsho.persistence.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaCustomerRepository extends JpaRecords<Customer> implements CustomerRepository {
  // An e-mail, external id or id that matches nothing, for IN lists that would otherwise be empty.
  private static final List<String> NO_KEYS = List.of("");
  private static final List<Long> NO_IDS = List.of(0L);

  @Override
  public Optional<Customer> findById(long tenantId, long id) {
    return byId(tenantId, id, RowLock.NONE);
  }

  @Override
  public Optional<Customer> findByIdForChange(long tenantId, long id) {
    return byId(tenantId, id, RowLock.FOR_CHANGE);
  }

  private Optional<Customer> byId(long tenantId, long id, RowLock lock) {
    // A query rather than em.find: the tenant is part of every look-up, not a check made after it.
    return Locking.first(
        em.createNamedQuery(Customer.FIND_BY_ID, Customer.class)
            .setParameter("tenantId", tenantId)
            .setParameter("id", id),
        lock);
  }

  @Override
  public Optional<Customer> findByEmail(long tenantId, String email) {
    return em.createNamedQuery(Customer.FIND_BY_EMAIL_KEY, Customer.class)
        .setParameter("tenantId", tenantId)
        .setParameter("emailKey", Customer.emailKeyOf(email))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Customer> findByExternalId(long tenantId, String externalId) {
    return em.createNamedQuery(Customer.FIND_BY_EXTERNAL_ID, Customer.class)
        .setParameter("tenantId", tenantId)
        .setParameter("externalId", externalId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Customer> findByEmailKeysOrExternalIds(
      long tenantId, Collection<String> emailKeys, Collection<String> externalIds, RowLock lock) {
    if (emailKeys.isEmpty() && externalIds.isEmpty()) {
      return List.of();
    }
    return Locking.keyLookup(
        em,
        "select c.* from customers c where c.tenant_id = ?1"
            + " and (c.email_key in (?2) or c.external_id in (?3))",
        Customer.class,
        lock,
        tenantId,
        emailKeys.isEmpty() ? NO_KEYS : emailKeys,
        externalIds.isEmpty() ? NO_KEYS : externalIds);
  }

  @Override
  public List<Customer> findByIdsOrEmailKeys(
      long tenantId, Collection<Long> ids, Collection<String> emailKeys) {
    if (ids.isEmpty() && emailKeys.isEmpty()) {
      return List.of();
    }
    return Locking.keyLookup(
        em,
        "select c.* from customers c where c.tenant_id = ?1"
            + " and (c.id in (?2) or c.email_key in (?3))",
        Customer.class,
        RowLock.NONE,
        tenantId,
        ids.isEmpty() ? NO_IDS : ids,
        emailKeys.isEmpty() ? NO_KEYS : emailKeys);
  }

  @Override
  public Page<Customer> search(long tenantId, String search, PageRequest page) {
    String pattern = search == null || search.isBlank() ? null : likePattern(search);
    return Paging.page(
        em.createNamedQuery(Customer.COUNT_SEARCH, Long.class)
            .setParameter("tenantId", tenantId)
            .setParameter("pattern", pattern),
        () ->
            em.createNamedQuery(Customer.SEARCH, Customer.class)
                .setParameter("tenantId", tenantId)
                .setParameter("pattern", pattern),
        page);
  }

  /** {@code %text%}, lower case, with LIKE's own characters escaped by {@code !}. */
  private static String likePattern(String search) {
    String escaped =
        search
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }

  @Override
  public void remove(Customer customer) {
    em.remove(customer);
  }
}
