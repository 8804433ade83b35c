-- The activity log (api.md §10): one row per write, in the write's transaction; read newest first.
CREATE TABLE activity_logs (
  id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  action VARCHAR(64) NOT NULL,
  token_id BIGINT NULL,
  token_name VARCHAR(255) NULL,
  subject_type VARCHAR(32) NULL,
  subject_id BIGINT NULL,
  summary VARCHAR(1000) NULL,
  ip VARCHAR(64) NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_activity_logs PRIMARY KEY (id),
  CONSTRAINT fk_activity_logs_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_activity_logs_tenant ON activity_logs (tenant_id, id);
CREATE INDEX ix_activity_logs_action ON activity_logs (tenant_id, action, id);
CREATE INDEX ix_activity_logs_created ON activity_logs (tenant_id, created_at);

-- Idempotency keys (api.md §4), kept 24 h per tenant; a timer removes the expired ones.
CREATE TABLE idempotency_keys (
  id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  idempotency_key VARCHAR(255) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  state VARCHAR(16) NOT NULL,
  response_status INT NULL,
  response_location VARCHAR(2048) NULL,
  response_body MEDIUMTEXT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_idempotency_keys PRIMARY KEY (id),
  CONSTRAINT fk_idempotency_keys_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
  CONSTRAINT uk_idempotency_keys_key UNIQUE (tenant_id, idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_idempotency_keys_expires ON idempotency_keys (expires_at);
