package com.zangsho.persistence.tenant;

import com.zangsho.domain.tenant.RateLimit;
import com.zangsho.domain.tenant.RateLimitRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

/**
 * The buckets in {@code rate_limit_buckets}, one short local transaction per request: the bucket's
 * row is read {@code for update}, decided by {@link RateLimit} and written back, so two servers'
 * requests of one token queue on that row and each sees the other's. Plain JDBC, outside any JTA
 * transaction: it runs on every request, before the request's own work, and costs three round trips
 * (read, write, commit) (docs/cluster.md has what they cost).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcRateLimitRepository implements RateLimitRepository {
  private static final String READ =
      "select full_at_nanos from rate_limit_buckets"
          + " where tenant_id = ? and token_id = ? and per_minute = ? for update";
  private static final String WRITE =
      "update rate_limit_buckets set full_at_nanos = ?"
          + " where tenant_id = ? and token_id = ? and per_minute = ?";
  // A bucket's row is made once, in a statement of its own (autocommit) before the transaction:
  // an INSERT meeting another's uncommitted row of the same key waits for a shared lock and keeps
  // it to its transaction's end, and two transactions that each kept one would then deadlock on
  // their locking reads (the cluster benchmark's first requests did).
  private static final String CREATE =
      "insert ignore into rate_limit_buckets (tenant_id, token_id, per_minute, full_at_nanos)"
          + " values (?, ?, ?, 0)";

  private record Bucket(long tenantId, long tokenId, int perMinute) {}

  @Resource(lookup = "java:jboss/datasources/ZangshoDS")
  DataSource dataSource;

  /** Buckets this server has made sure have a row. */
  private final Set<Bucket> created = ConcurrentHashMap.newKeySet();

  @Override
  public RateLimit.Decision take(
      long tenantId, long tokenId, RateLimit limit, LongSupplier clockNanos) {
    Bucket bucket = new Bucket(tenantId, tokenId, limit.perMinute());
    try (Connection connection = dataSource.getConnection()) {
      for (int attempt = 1; ; attempt++) {
        if (!created.contains(bucket)) {
          create(connection, bucket);
        }
        connection.setAutoCommit(false);
        try {
          OptionalLong fullAt = lockedRead(connection, bucket);
          if (fullAt.isEmpty() && attempt == 1) {
            // Removed behind this server's back: made again.
            connection.rollback();
            created.remove(bucket);
            continue;
          }
          RateLimit.Decision decision = limit.take(fullAt.orElseThrow(), clockNanos.getAsLong());
          if (decision.allowed()) {
            try (PreparedStatement write = connection.prepareStatement(WRITE)) {
              write.setLong(1, decision.tat());
              bind(write, 2, bucket);
              write.executeUpdate();
            }
          }
          connection.commit();
          return decision;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("rate-limit bucket unavailable", e);
    }
  }

  private void create(Connection connection, Bucket bucket) throws SQLException {
    try (PreparedStatement create = connection.prepareStatement(CREATE)) {
      bind(create, 1, bucket);
      create.executeUpdate();
    }
    created.add(bucket);
  }

  /** The bucket's state, its row locked until the transaction ends; empty when it has no row. */
  private static OptionalLong lockedRead(Connection connection, Bucket bucket) throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(READ)) {
      bind(read, 1, bucket);
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  private static void bind(PreparedStatement statement, int first, Bucket bucket)
      throws SQLException {
    statement.setLong(first, bucket.tenantId());
    statement.setLong(first + 1, bucket.tokenId());
    statement.setInt(first + 2, bucket.perMinute());
  }

  @Override
  public boolean sharedBetweenServers() {
    try (Connection connection = dataSource.getConnection()) {
      return !"H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("database unavailable", e);
    }
  }
}
