package com.zangsho.domain.tenant;

import java.util.function.LongSupplier;

/**
 * Rate-limit buckets kept in the database, so that every server sharing it counts a token's
 * requests in one bucket (docs/cluster.md).
 */
public interface RateLimitRepository {
  /**
   * Takes one request from the bucket of {@code tokenId} under {@code limit}, atomically with any
   * other server's request of the same token.
   *
   * @param clockNanos the time, in nanoseconds since the epoch, read once the bucket is held: the
   *     requests of a token are judged in the order in which they hold its bucket
   */
  RateLimit.Decision take(long tenantId, long tokenId, RateLimit limit, LongSupplier clockNanos);

  /**
   * Whether other servers can share this database. An embedded H2 file is opened by one server
   * only, which then counts alone and needs no shared bucket.
   */
  boolean sharedBetweenServers();
}
