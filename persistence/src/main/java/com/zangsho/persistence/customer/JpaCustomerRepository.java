package com.zangsho.persistence.customer;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.customer.SearchGrams;
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
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.Status;

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

  /** At most this many of a text's pieces are counted to find the rarest. */
  private static final int PIECES_COUNTED = 8;

  /** Pieces a candidate must also have, besides the rarest, when none is rare enough alone. */
  private static final int PIECES_JOINED = 2;

  /** A piece this rare needs no rarer one. */
  private static final int RARE_ENOUGH = 100;

  /** More domains than this match: their customers are too many to list one domain at a time. */
  private static final int DOMAINS_LISTED = 100;

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
    return union(
        lookUp("email_key", emailKeys, tenantId, lock),
        lookUp("external_id", externalIds, tenantId, lock));
  }

  @Override
  public List<Customer> findByIdsOrEmailKeys(
      long tenantId, Collection<Long> ids, Collection<String> emailKeys) {
    return union(
        lookUp("id", ids, tenantId, RowLock.NONE),
        lookUp("email_key", emailKeys, tenantId, RowLock.NONE));
  }

  /** The tenant's customers whose {@code column} is one of {@code keys}, by its unique index. */
  private List<Customer> lookUp(String column, Collection<?> keys, long tenantId, RowLock lock) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return Locking.keyLookup(em, Customer.class, lock, tenantId, "customers", column, keys, null);
  }

  /** Each customer once: both look-ups may find the same one (an e-mail and its external id). */
  private static List<Customer> union(List<Customer> first, List<Customer> second) {
    if (second.isEmpty()) {
      return first;
    }
    Map<Long, Customer> byId = new LinkedHashMap<>();
    for (Customer customer : first) {
      byId.put(customer.getId(), customer);
    }
    for (Customer customer : second) {
      byId.putIfAbsent(customer.getId(), customer);
    }
    return new ArrayList<>(byId.values());
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
    long window = Paging.window(page);
    // Each way of finding matches gives them in id order, at most a window of them; when none fills
    // the window, their union is every match.
    List<List<Long>> found = new ArrayList<>();
    String pattern;
    boolean dense = false;
    if (SearchGrams.ofText(key).isEmpty()) {
      // One or two Latin characters: the start of the e-mail (docs/api.md §5).
      pattern = likeEscaped(key) + "%";
      found.add(idsStartingWith(tenantId, pattern, window));
    } else {
      pattern = "%" + likeEscaped(key) + "%";
      found.add(idsByPieces(tenantId, key, pattern, window));
      dense = !addIdsByDomain(tenantId, key, pattern, window, found);
    }
    SortedSet<Long> matches = new TreeSet<>();
    for (List<Long> ids : found) {
      matches.addAll(ids);
      dense |= ids.size() >= window;
    }
    if (dense) {
      // A window of matches: walking the tenant's customers in id order meets a page of them soon,
      // where sorting every match would not.
      TenantWhere where =
          new TenantWhere("c", tenantId)
              .condition(
                  pattern.startsWith("%")
                      ? "(c.emailKey like :pattern or c.nameKey like :pattern)"
                      : "c.emailKey like :pattern",
                  "pattern",
                  pattern);
      return Paging.rows(em, LIST, where, page, window, false);
    }
    SortedSet<Long> fromStart =
        page.isKeyset() ? matches.tailSet(page.after().key(0) + 1) : matches;
    List<Long> pageIds = fromStart.stream().skip(page.offset()).limit(page.perPage() + 1L).toList();
    return Paging.of(
        Paging.withIds(em, LIST, tenantId, pageIds), page, matches.size(), true, LIST.cursorOf());
  }

  /** The ids whose e-mail starts so: a range read of the unique key (tenant_id, email_key). */
  private List<Long> idsStartingWith(long tenantId, String pattern, long window) {
    return ids(
        em.createNativeQuery(
                "select c.id from customers c where c.tenant_id = ?1 and c.email_key like ?2")
            .setParameter(1, tenantId)
            .setParameter(2, pattern),
        window);
  }

  /**
   * The matches found by the text's pieces ({@link SearchGrams}): the customers of its rarest piece
   * in id order that have its next rarest ones too, each checked against the whole text. A text
   * with an {@code @} is looked up by its part before the {@code @}, the part of an e-mail that was
   * cut into pieces, when that part has pieces; else by its own, which find names.
   */
  private List<Long> idsByPieces(long tenantId, String key, String pattern, long window) {
    int at = key.lastIndexOf('@');
    Set<Long> pieces = SearchGrams.ofText(at < 0 ? key : key.substring(0, at));
    if (pieces.isEmpty()) {
      pieces = SearchGrams.ofText(key);
    }
    List<Long> byRarity = byRarity(tenantId, pieces);
    StringBuilder sql =
        new StringBuilder(
            "select g.customer_id from customer_search_grams g"
                + " join customers c on c.tenant_id = g.tenant_id and c.id = g.customer_id"
                + " where g.tenant_id = ?1 and g.gram = ?2"
                + " and (c.email_key like ?3 or c.name_key like ?3)");
    // A piece many customers have (a family name's character) narrows by the others' index entries
    // before any customer row is read.
    for (int i = 1; i < byRarity.size(); i++) {
      sql.append(
              " and exists (select 1 from customer_search_grams o where o.tenant_id = g.tenant_id")
          .append(" and o.gram = ?")
          .append(3 + i)
          .append(" and o.customer_id = g.customer_id)");
    }
    Query query =
        em.createNativeQuery(sql.append(" order by g.customer_id").toString())
            .setParameter(1, tenantId)
            .setParameter(3, pattern);
    for (int i = 0; i < byRarity.size(); i++) {
      query.setParameter(i == 0 ? 2 : 3 + i, byRarity.get(i));
    }
    return ids(query, window);
  }

  /**
   * Of a few of the pieces, spread over the text, the rarest first and, unless it is rare enough
   * alone, the next {@value #PIECES_JOINED} rarest: each counted as far as the count window.
   */
  private List<Long> byRarity(long tenantId, Set<Long> pieces) {
    List<Long> all = List.copyOf(pieces);
    Map<Long, Long> counts = new HashMap<>();
    int step = Math.max(1, all.size() / PIECES_COUNTED);
    for (int i = 0; i < all.size(); i += step) {
      long count =
          ((Number)
                  em.createNativeQuery(
                          "select count(*) from (select 1 from customer_search_grams"
                              + " where tenant_id = ?1 and gram = ?2 limit "
                              + Paging.COUNT_WINDOW
                              + ") counted")
                      .setParameter(1, tenantId)
                      .setParameter(2, all.get(i))
                      .getSingleResult())
              .longValue();
      counts.put(all.get(i), count);
      if (count <= RARE_ENOUGH) {
        return List.of(all.get(i));
      }
    }
    return counts.keySet().stream()
        .sorted(Comparator.comparing(counts::get))
        .limit(1 + PIECES_JOINED)
        .toList();
  }

  /**
   * The matches that reach into an e-mail's domain, which is not cut into pieces: the tenant's
   * domains that could hold the text (containing it, or, for a text with a short part before its
   * {@code @}, starting with what follows), then each domain's customers by how their e-mail ends.
   * A text whose part before the {@code @} is long enough was found by its pieces already.
   *
   * @return false when the domains are too many to read one at a time
   */
  private boolean addIdsByDomain(
      long tenantId, String key, String pattern, long window, List<List<Long>> found) {
    int at = key.lastIndexOf('@');
    String domainPattern;
    if (at < 0) {
      domainPattern = pattern;
    } else if (SearchGrams.ofText(key.substring(0, at)).isEmpty()) {
      domainPattern = likeEscaped(key.substring(at + 1)) + "%";
    } else {
      return true;
    }
    List<?> domains =
        em.createNativeQuery(
                "select domain from customer_email_domains"
                    + " where tenant_id = ?1 and domain like ?2")
            .setParameter(1, tenantId)
            .setParameter(2, domainPattern)
            .setMaxResults(DOMAINS_LISTED + 1)
            .getResultList();
    if (domains.size() > DOMAINS_LISTED) {
      return false;
    }
    // The whole text is checked on the same index entry, backwards: no customer row is read.
    String backwards = "%" + likeEscaped(Customer.reversed(key)) + "%";
    for (Object domain : domains) {
      found.add(
          ids(
              em.createNativeQuery(
                      "select c.id from customers c where c.tenant_id = ?1"
                          + " and c.email_key_reversed like ?2 and c.email_key_reversed like ?3")
                  .setParameter(1, tenantId)
                  .setParameter(2, likeEscaped(Customer.reversed("@" + domain)) + "%")
                  .setParameter(3, backwards),
              window));
    }
    return true;
  }

  private static List<Long> ids(Query query, long window) {
    List<?> ids = query.setMaxResults((int) window).getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /**
   * LIKE's own characters escaped by a backslash, both databases' default escape: an ESCAPE clause
   * kept MariaDB from reading a prefix pattern as a range of its index.
   */
  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** New customers are indexed for search as they are added (they have their ids by then). */
  @Override
  public void add(Customer customer) {
    addAll(List.of(customer));
  }

  @Override
  public void addAll(Collection<Customer> customers) {
    super.addAll(customers);
    index(customers);
  }

  /** Changed customers are indexed again first, then the new ones after they get their ids. */
  @Override
  public void insertAll(Collection<Customer> customers) {
    indexChanged();
    super.insertAll(customers);
    index(customers);
  }

  @Override
  public void flush() {
    indexChanged();
    super.flush();
  }

  @Override
  public void remove(Customer customer) {
    if (customer.getIndexedEmailKey() != null) {
      writeIndex(
          rows ->
              rows.remove(
                  customer.getTenantId(),
                  customer.getId(),
                  customer.getIndexedEmailKey(),
                  customer.getIndexedNameKey()));
    }
    em.remove(customer);
  }

  /** The customers of this transaction whose e-mail or name changed since read, indexed again. */
  private void indexChanged() {
    List<Customer> changed = new ArrayList<>();
    for (Map.Entry<Object, EntityEntry> entry :
        em.unwrap(SessionImplementor.class)
            .getPersistenceContextInternal()
            .reentrantSafeEntityEntries()) {
      if (entry.getKey() instanceof Customer customer
          && entry.getValue().getStatus() == Status.MANAGED
          && customer.needsIndexing()) {
        changed.add(customer);
      }
    }
    index(changed);
  }

  private void index(Collection<Customer> customers) {
    List<Customer> due = customers.stream().filter(Customer::needsIndexing).toList();
    if (due.isEmpty()) {
      return;
    }
    writeIndex(
        rows -> {
          for (Customer c : due) {
            rows.change(
                c.getTenantId(),
                c.getId(),
                c.getIndexedEmailKey(),
                c.getIndexedNameKey(),
                c.getEmailKey(),
                c.getNameKey());
          }
        });
    due.forEach(Customer::markIndexed);
  }

  /**
   * Writes index rows on the transaction's connection; a race they meet reaches the caller as a
   * flush's would ({@link ReportsRaces}).
   */
  private void writeIndex(Consumer<SearchIndexRows> write) {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    session.doWork(
        connection -> {
          try (SearchIndexRows rows = new SearchIndexRows(connection)) {
            write.accept(rows);
            rows.write();
          } catch (SQLException e) {
            throw session
                .getJdbcServices()
                .getSqlExceptionHelper()
                .convert(e, "search index write");
          }
        });
  }
}
