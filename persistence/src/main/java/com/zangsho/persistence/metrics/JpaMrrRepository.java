package com.zangsho.persistence.metrics;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.metrics.MovementFilter;
import com.zangsho.domain.metrics.MrrDay;
import com.zangsho.domain.metrics.MrrDayTotals;
import com.zangsho.domain.metrics.MrrHistory;
import com.zangsho.domain.metrics.MrrMovement;
import com.zangsho.domain.metrics.MrrRepository;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.subscription.EventType;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.persistence.Flushing;
import com.zangsho.persistence.ListOrder;
import com.zangsho.persistence.ListQuery;
import com.zangsho.persistence.Locking;
import com.zangsho.persistence.Paging;
import com.zangsho.persistence.ReportsRaces;
import com.zangsho.persistence.TenantKeyList;
import com.zangsho.persistence.TenantWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.hibernate.query.NativeQuery;

/**
 * Movements are written with the repository's own multi-row statements (one per 500 rows) and day
 * totals with one {@code insert … on duplicate key update}, like the order day totals. Days are
 * bound as ISO text, as the order day totals are.
 */
@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaMrrRepository implements MrrRepository {
  private static final EventType.Converter EVENT_TYPES = new EventType.Converter();

  private static final int ROWS_PER_STATEMENT = 500;

  private static final ListQuery<MrrMovement> LIST =
      new ListQuery<>(
          MrrMovement.class,
          "MrrMovement m",
          " join fetch m.customer",
          ListOrder.BY_OCCURRED_AT,
          movement -> ListOrder.occurredAtCursor(movement.getOccurredAt(), movement.getEventId()));

  @PersistenceContext(unitName = "zangsho")
  EntityManager em;

  @Override
  public void lockCustomers(long tenantId, Collection<Long> customerIds) {
    List<Long> sorted = List.copyOf(new TreeSet<>(customerIds));
    if (sorted.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "insert into mrr_customer_locks (tenant_id, customer_id, writes) values ");
    for (int i = 0; i < sorted.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, 1)");
    }
    // VALUES(column) rather than MySQL 8's row alias: MariaDB and H2 know only the former.
    sql.append(" on duplicate key update writes = writes + values(writes)");
    Query lock = em.createNativeQuery(sql.toString());
    for (int i = 0; i < sorted.size(); i++) {
      lock.setParameter(2 * i + 1, tenantId);
      lock.setParameter(2 * i + 2, sorted.get(i));
    }
    execute(lock);
  }

  @Override
  public List<MrrHistory.Event> eventsOfCustomers(long tenantId, Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return List.of();
    }
    // The datasource reads committed data (wildfly/configure-server.cli): with the customers'
    // turn taken (lockCustomers), this sees every event the previous holder committed.
    TenantKeyList keys = TenantKeyList.of(em, "subscription_events", "customer_id", customerIds);
    Query query =
        em.createNativeQuery(
            "select t.id, t.customer_id, t.event_type, t.old_amount, t.new_amount,"
                + " t.amount_change, t.occurred_at "
                + keys.fromWhere());
    query
        .unwrap(NativeQuery.class)
        .addScalar("id", Long.class)
        .addScalar("customer_id", Long.class)
        .addScalar("event_type", String.class)
        .addScalar("old_amount", BigDecimal.class)
        .addScalar("new_amount", BigDecimal.class)
        .addScalar("amount_change", BigDecimal.class)
        .addScalar("occurred_at", Instant.class)
        .addSynchronizedEntityClass(SubscriptionEvent.class);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = keys.bind(query, tenantId).getResultList();
    return rows.stream()
        .map(
            row ->
                new MrrHistory.Event(
                    (Long) row[0],
                    (Long) row[1],
                    EVENT_TYPES.convertToEntityAttribute((String) row[2]),
                    (BigDecimal) row[3],
                    (BigDecimal) row[4],
                    (BigDecimal) row[5],
                    (Instant) row[6]))
        .toList();
  }

  @Override
  public List<MrrMovement> movementsOfCustomers(long tenantId, Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return List.of();
    }
    return Locking.keyLookup(
        em,
        MrrMovement.class,
        RowLock.NONE,
        tenantId,
        "mrr_movements",
        "customer_id",
        customerIds,
        null);
  }

  @Override
  public void replace(
      long tenantId,
      Collection<Long> removedEventIds,
      Collection<MrrMovement> added,
      MrrDayTotals change) {
    if (!removedEventIds.isEmpty()) {
      execute(
          em.createNativeQuery(
                  "delete from mrr_movements where tenant_id = ?1 and event_id in (?2)")
              .setParameter(1, tenantId)
              .setParameter(2, removedEventIds));
    }
    List<MrrMovement> rows = List.copyOf(added);
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      insert(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
    }
    addToDayTotals(tenantId, change.changes());
  }

  private void insert(List<MrrMovement> rows) {
    StringBuilder sql =
        new StringBuilder(
            "insert into mrr_movements (event_id, tenant_id, customer_id, event_type,"
                + " movement_type, amount, event_change, mrr_after, customers, occurred_at)"
                + " values ");
    List<Object> values = new ArrayList<>();
    for (MrrMovement m : rows) {
      sql.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      values.add(m.getEventId());
      values.add(m.getTenantId());
      values.add(m.getCustomerId());
      values.add(m.getEventType().wireName());
      values.add(m.getType().wireName());
      values.add(m.getAmount());
      values.add(m.getEventChange());
      values.add(m.getMrrAfter());
      values.add(m.getCustomers());
      values.add(m.getOccurredAt());
    }
    Query insert = em.createNativeQuery(sql.toString());
    for (int i = 0; i < values.size(); i++) {
      insert.setParameter(i + 1, values.get(i));
    }
    execute(insert);
  }

  /** One statement, its rows in day order: the last locks a write takes, in one order. */
  private void addToDayTotals(long tenantId, List<MrrDay> days) {
    if (days.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "insert into mrr_day_totals (tenant_id, business_day, new_business, expansion, contraction,"
                + " churn, reactivation, customers_gained, customers_lost) values ");
    List<Object> values = new ArrayList<>();
    for (MrrDay day : days) {
      sql.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
      values.addAll(
          List.of(
              tenantId,
              day.day().toString(),
              day.newBusiness(),
              day.expansion(),
              day.contraction(),
              day.churn(),
              day.reactivation(),
              day.customersGained(),
              day.customersLost()));
    }
    sql.append(
        " on duplicate key update new_business = new_business + values(new_business),"
            + " expansion = expansion + values(expansion),"
            + " contraction = contraction + values(contraction),"
            + " churn = churn + values(churn),"
            + " reactivation = reactivation + values(reactivation),"
            + " customers_gained = customers_gained + values(customers_gained),"
            + " customers_lost = customers_lost + values(customers_lost)");
    Query upsert = em.createNativeQuery(sql.toString());
    for (int i = 0; i < values.size(); i++) {
      upsert.setParameter(i + 1, values.get(i));
    }
    execute(upsert);
  }

  private static final String SUMS =
      "select sum(new_business), sum(expansion), sum(contraction), sum(churn), sum(reactivation),"
          + " sum(customers_gained), sum(customers_lost) from mrr_day_totals";

  @Override
  public MrrDay sumBefore(long tenantId, LocalDate day) {
    Object[] row =
        (Object[])
            em.createNativeQuery(SUMS + " where tenant_id = ? and business_day < ?")
                .setParameter(1, tenantId)
                .setParameter(2, day.toString())
                .getSingleResult();
    return day(day, row, 0);
  }

  @Override
  public List<MrrDay> days(long tenantId, LocalDate firstDay, LocalDate lastDay) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select business_day, new_business, expansion, contraction, churn, reactivation,"
                    + " customers_gained, customers_lost from mrr_day_totals"
                    + " where tenant_id = ? and business_day >= ? and business_day <= ?"
                    + " order by business_day")
            .setParameter(1, tenantId)
            .setParameter(2, firstDay.toString())
            .setParameter(3, lastDay.toString())
            .getResultList();
    return rows.stream().map(row -> day(LocalDate.parse(row[0].toString()), row, 1)).toList();
  }

  /** The sums of {@code row} from column {@code first} on, null (no rows) as zero. */
  private static MrrDay day(LocalDate day, Object[] row, int first) {
    return new MrrDay(
        day,
        amount(row[first]),
        amount(row[first + 1]),
        amount(row[first + 2]),
        amount(row[first + 3]),
        amount(row[first + 4]),
        count(row[first + 5]),
        count(row[first + 6]));
  }

  private static BigDecimal amount(Object value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public Page<MrrMovement> search(long tenantId, MovementFilter filter, PageRequest page) {
    TenantWhere where =
        new TenantWhere("m", tenantId)
            .equal("type", "type", filter.type())
            .within("occurredAt", filter.occurred());
    return Paging.page(em, LIST, where, page);
  }

  @Override
  public List<Long> customersWithEvents(long tenantId, long afterCustomerId, int limit) {
    return em.createQuery(
            "select distinct e.customer.id from SubscriptionEvent e where e.tenantId = :tenantId"
                + " and e.customer.id > :after order by e.customer.id",
            Long.class)
        .setParameter("tenantId", tenantId)
        .setParameter("after", afterCustomerId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void clear(long tenantId) {
    for (String table : List.of("mrr_movements", "mrr_day_totals")) {
      em.createNativeQuery("delete from " + table + " where tenant_id = ?")
          .setParameter(1, tenantId)
          .executeUpdate();
    }
  }

  @Override
  public Optional<String> rulesInUse(long tenantId) {
    @SuppressWarnings("unchecked")
    List<Object> rules =
        em.createNativeQuery("select rules from mrr_rules_in_use where tenant_id = ?")
            .setParameter(1, tenantId)
            .getResultList();
    return rules.stream().findFirst().map(Object::toString);
  }

  @Override
  public void rulesInUse(long tenantId, String fingerprint) {
    execute(
        em.createNativeQuery(
                "insert into mrr_rules_in_use (tenant_id, rules) values (?, ?)"
                    + " on duplicate key update rules = values(rules)")
            .setParameter(1, tenantId)
            .setParameter(2, fingerprint));
  }

  @Override
  public List<Long> tenantsWithEvents() {
    return em.createQuery("select distinct e.tenantId from SubscriptionEvent e", Long.class)
        .getResultList();
  }

  private void execute(Query statement) {
    try {
      statement.executeUpdate();
    } catch (PersistenceException e) {
      throw Flushing.translate(e);
    }
  }
}
