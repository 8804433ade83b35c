package com.zangsho.persistence.customer;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.page.Cursor;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
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
import java.util.SortedSet;
import java.util.TreeSet;

@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaCustomerRepository extends JpaRecords<Customer> implements CustomerRepository {
  /** The list's query: what it reads, in which order, and how a page continues. */
  private static final ListQuery<Customer> LIST =
      new ListQuery<>(
          Customer.class,
          "Customer c",
          "",
          ListOrder.BY_ID,
          c -> Cursor.of(c.getId()),
          "ix_customers_tenant_id");

  // An e-mail, external id or id that matches nothing, for IN lists that would otherwise be empty.
  private static final List<String> NO_KEYS = List.of("");
  private static final List<Long> NO_IDS = List.of(0L);

  /**
   * What a search matches (docs/api.md §5): the start or the end of the e-mail or of the name, each
   * a prefix search on a column with an index behind the tenant.
   */
  private enum SearchedKey {
    EMAIL_START("email_key", false),
    EMAIL_END("email_key_reversed", true),
    NAME_START("name_key", false),
    NAME_END("name_key_reversed", true);

    final String column;
    final boolean fromTheEnd;

    SearchedKey(String column, boolean fromTheEnd) {
      this.column = column;
      this.fromTheEnd = fromTheEnd;
    }
  }

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
    if (search == null || search.isBlank()) {
      return Paging.page(em, LIST, new TenantWhere("c", tenantId), page);
    }
    if (page.isKeyset()) {
      LIST.order().check(page.after());
    }
    String key = Customer.searchKeyOf(search);
    String starts = likeEscaped(key) + "%";
    String ends = likeEscaped(Customer.reversed(key)) + "%";
    // Four range reads of ids; when none fills the count window, their union is every match.
    long window = Paging.window(page);
    SortedSet<Long> matches = new TreeSet<>();
    boolean dense = false;
    for (SearchedKey searched : SearchedKey.values()) {
      List<Long> ids = idsMatching(tenantId, searched, searched.fromTheEnd ? ends : starts, window);
      matches.addAll(ids);
      dense |= ids.size() >= window;
    }
    if (dense) {
      // One key alone matches a window of customers: walking the tenant's customers in id order
      // meets a page of matches soon, where sorting every match would not.
      TenantWhere where =
          new TenantWhere("c", tenantId)
              .condition(
                  "(c.emailKey like :starts escape '!' or c.emailKeyReversed like :ends escape '!'"
                      + " or c.nameKey like :starts escape '!'"
                      + " or c.nameKeyReversed like :ends escape '!')",
                  "starts",
                  starts)
              .parameter("ends", ends);
      return Paging.rows(em, LIST, where, page, window, false);
    }
    SortedSet<Long> fromStart =
        page.isKeyset() ? matches.tailSet(page.after().key(0) + 1) : matches;
    List<Long> pageIds = fromStart.stream().skip(page.offset()).limit(page.perPage() + 1L).toList();
    return Paging.of(
        Paging.withIds(em, LIST, tenantId, pageIds), page, matches.size(), true, LIST.cursorOf());
  }

  /**
   * The ids whose {@code searched} key matches {@code pattern}, at most {@code window} of them: a
   * range read of the index (tenant_id, key), which no {@code '%text%'} could have.
   */
  private List<Long> idsMatching(long tenantId, SearchedKey searched, String pattern, long window) {
    List<?> ids =
        em.createNativeQuery(
                "select c.id from customers c where c.tenant_id = ?1 and c."
                    + searched.column
                    + " like ?2 escape '!'")
            .setParameter(1, tenantId)
            .setParameter(2, pattern)
            .setMaxResults((int) window)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /** LIKE's own characters escaped by {@code !}. */
  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  @Override
  public void remove(Customer customer) {
    em.remove(customer);
  }
}
