-- Portable between MySQL 8 (and MariaDB) and H2 in MySQL mode. Tables are utf8mb4 with a binary
-- collation, so comparisons are exact on both databases; case-insensitive matching is explicit
-- (customers.email_key holds the lower-cased e-mail).

-- Pooled id blocks for Hibernate's table generator (one row per entity): lets a batch of new rows
-- be inserted as one JDBC batch, which AUTO_INCREMENT ids would prevent.
CREATE TABLE id_sequences (
  sequence_name VARCHAR(64) NOT NULL,
  next_val BIGINT NOT NULL,
  CONSTRAINT pk_id_sequences PRIMARY KEY (sequence_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE tenants (
  id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_tenants PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_tenants_name ON tenants (name);

CREATE TABLE api_tokens (
  id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  token_hash CHAR(64) NOT NULL,
  abilities VARCHAR(1000) NOT NULL,
  rate_limit_per_minute INT NULL,
  created_at DATETIME(6) NOT NULL,
  revoked_at DATETIME(6) NULL,
  CONSTRAINT pk_api_tokens PRIMARY KEY (id),
  CONSTRAINT fk_api_tokens_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The one index that cannot start with tenant_id: a request's tenant is found through its token.
CREATE UNIQUE INDEX uk_api_tokens_hash ON api_tokens (token_hash);
CREATE INDEX ix_api_tokens_tenant ON api_tokens (tenant_id, id);

CREATE TABLE customers (
  id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  email VARCHAR(255) NOT NULL,
  email_key VARCHAR(255) NOT NULL,
  name VARCHAR(255) NULL,
  phone VARCHAR(50) NULL,
  external_id VARCHAR(255) NULL,
  metadata TEXT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_customers PRIMARY KEY (id),
  CONSTRAINT fk_customers_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
  CONSTRAINT uk_customers_email UNIQUE (tenant_id, email_key),
  CONSTRAINT uk_customers_external_id UNIQUE (tenant_id, external_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_customers_tenant_id ON customers (tenant_id, id);
