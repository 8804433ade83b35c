-- Rate-limit buckets shared by every server on this database (docs/cluster.md): a token's requests
-- are counted in one bucket whichever server each reaches. A bucket is one number, the time at
-- which it would be full again (RateLimit), in nanoseconds since the epoch; a token whose limit
-- changes starts a bucket of its own, as it does on one server.
CREATE TABLE rate_limit_buckets (
  tenant_id BIGINT NOT NULL,
  token_id BIGINT NOT NULL,
  per_minute INT NOT NULL,
  full_at_nanos BIGINT NOT NULL,
  CONSTRAINT pk_rate_limit_buckets PRIMARY KEY (tenant_id, token_id, per_minute)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
