package com.zangsho.persistence;

import com.zangsho.domain.page.DateRange;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A where clause for a list endpoint's filters that always starts with the tenant, and the
 * parameters it binds: {@code " where o.tenantId = :tenantId and ..."}.
 */
public final class TenantWhere {
  private final String alias;
  private final StringBuilder clause;
  private final long tenantId;
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /**
   * @param alias the query's alias of the filtered entity, e.g. {@code o}
   */
  public TenantWhere(String alias, long tenantId) {
    this.alias = alias;
    this.tenantId = tenantId;
    this.clause = new StringBuilder(" where " + alias + ".tenantId = :tenantId");
    parameters.put("tenantId", tenantId);
  }

  /** Adds {@code alias.path = :parameter} when {@code value} is not null. */
  public TenantWhere equal(String path, String parameter, Object value) {
    if (value != null) {
      clause
          .append(" and ")
          .append(alias)
          .append('.')
          .append(path)
          .append(" = :")
          .append(parameter);
      parameters.put(parameter, value);
    }
    return this;
  }

  /** Bounds {@code alias.path} (an instant) by the range's open ends. */
  public TenantWhere within(String path, DateRange range) {
    if (range.from() != null) {
      clause.append(" and ").append(alias).append('.').append(path).append(" >= :rangeFrom");
      parameters.put("rangeFrom", range.from());
    }
    if (range.until() != null) {
      clause.append(" and ").append(alias).append('.').append(path).append(" < :rangeUntil");
      parameters.put("rangeUntil", range.until());
    }
    return this;
  }

  /** Adds a condition of the caller's own, binding its one parameter. */
  public TenantWhere condition(String condition, String parameter, Object value) {
    clause.append(" and ").append(condition);
    return parameter(parameter, value);
  }

  /** Binds a further parameter of a condition already added. */
  public TenantWhere parameter(String parameter, Object value) {
    parameters.put(parameter, value);
    return this;
  }

  String alias() {
    return alias;
  }

  long tenantId() {
    return tenantId;
  }

  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  @Override
  public String toString() {
    return clause.toString();
  }
}
