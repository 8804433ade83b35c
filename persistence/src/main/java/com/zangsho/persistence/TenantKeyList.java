package com.zangsho.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The part of a native query that picks a tenant's rows by a list of keys: {@code from TABLE t …},
 * the tenant as {@code ?1} and the keys as {@code ?2}, in each database's best form.
 *
 * <p>MariaDB and MySQL seek each key of an {@code in} list on an index that starts with the tenant.
 * H2 (2.2.224, the server's own) seeks an {@code in} list only on an index's first column, so there
 * the same look-up walked every row of the tenant: a batch slowed as the tenant grew (100 ms per
 * 100 customers in a new tenant, 500 ms at 200,000). On H2 the keys are one array parameter, joined
 * as a table ({@code unnest}): one index seek per key. Checked against Hibernate 6.6 ({@code
 * H2Dialect}, array parameters) and H2 2.2.224.
 *
 * @param fromWhere {@code from TABLE t where …} or {@code from unnest(…) k(v) join TABLE t on …},
 *     ending in the key condition, so that {@code and …} may follow
 * @param keys what {@code ?2} is bound to
 */
public record TenantKeyList(String fromWhere, Object keys) {
  /**
   * @param column the key's column of {@code table}
   * @param keys not empty; numbers or text
   */
  public static TenantKeyList of(
      EntityManager em, String table, String column, Collection<?> keys) {
    if (!isH2(em)) {
      return new TenantKeyList(
          "from " + table + " t where t.tenant_id = ?1 and t." + column + " in (?2)", keys);
    }
    // One array parameter: H2 cannot type the elements of an array of parameters. A key listed
    // twice would find its row twice.
    boolean numbers = keys.iterator().next() instanceof Number;
    return new TenantKeyList(
        "from unnest(cast(?2 as "
            + (numbers ? "bigint" : "varchar")
            + " array)) k(v) join "
            + table
            + " t on t.tenant_id = ?1 and t."
            + column
            + " = k.v where 1 = 1",
        new LinkedHashSet<>(keys).toArray(numbers ? new Long[0] : new String[0]));
  }

  /** Binds the tenant and the keys. */
  public Query bind(Query query, long tenantId) {
    return query.setParameter(1, tenantId).setParameter(2, keys);
  }

  private static boolean isH2(EntityManager em) {
    return em.getEntityManagerFactory()
            .unwrap(SessionFactoryImplementor.class)
            .getJdbcServices()
            .getDialect()
        instanceof H2Dialect;
  }
}
