package com.zangsho.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.TimestampJdbcType;

/**
 * Timestamps go to and from the database as the UTC wall clock in a {@link LocalDateTime}: the same
 * {@code DATETIME(6)} values as before on every database, without a {@link java.util.Calendar}.
 *
 * <p>Why: Hibernate binds an {@link Instant} with {@code setTimestamp(i, ts, utcCalendar)}, and
 * Connector/J formats such a value by building a new {@code SimpleDateFormat} for it, twice per
 * value in a multi-row INSERT. Flight Recorder put that at a fifth of the server's CPU in a batch
 * import (docs/performance.md). A {@code LocalDateTime} has no zone to convert and is written with
 * a shared formatter; H2 takes it natively.
 *
 * <p>Registered for every {@code TIMESTAMP} (the entities' {@code Instant}s, and query parameters
 * of that type) through {@code META-INF/services/org.hibernate.boot.model.TypeContributor}.
 */
public class UtcTimestamps implements TypeContributor {
  @Override
  public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
    contributions.contributeJdbcType(UtcLocalDateTimeJdbcType.INSTANCE);
  }

  /** {@code TIMESTAMP} bound and read as the UTC {@link LocalDateTime} of an {@link Instant}. */
  static final class UtcLocalDateTimeJdbcType extends TimestampJdbcType {
    static final UtcLocalDateTimeJdbcType INSTANCE = new UtcLocalDateTimeJdbcType();

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
      return new BasicBinder<>(javaType, this) {
        @Override
        protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options)
            throws SQLException {
          st.setObject(index, toUtc(javaType.unwrap(value, Instant.class, options)));
        }

        @Override
        protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
            throws SQLException {
          st.setObject(name, toUtc(javaType.unwrap(value, Instant.class, options)));
        }
      };
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
      return new BasicExtractor<>(javaType, this) {
        @Override
        protected X doExtract(ResultSet rs, int position, WrapperOptions options)
            throws SQLException {
          return javaType.wrap(fromUtc(rs.getObject(position, LocalDateTime.class)), options);
        }

        @Override
        protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
            throws SQLException {
          return javaType.wrap(fromUtc(statement.getObject(index, LocalDateTime.class)), options);
        }

        @Override
        protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
            throws SQLException {
          return javaType.wrap(fromUtc(statement.getObject(name, LocalDateTime.class)), options);
        }
      };
    }

    private static LocalDateTime toUtc(Instant instant) {
      return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant fromUtc(LocalDateTime utc) {
      return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
  }
}
