-- Webhooks (api.md §9) and their outbox: single writes leave one delivery row per subscribed
-- webhook in their own transaction; a timer delivers them after commit, retrying for 24 h.
CREATE TABLE webhooks (
  id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  url VARCHAR(2048) NOT NULL,
  events VARCHAR(1000) NOT NULL,
  secret VARCHAR(128) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_webhooks PRIMARY KEY (id),
  CONSTRAINT fk_webhooks_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_webhooks_tenant ON webhooks (tenant_id, id);

CREATE TABLE webhook_deliveries (
  id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  webhook_id BIGINT NOT NULL,
  event_id CHAR(36) NOT NULL,
  event_type VARCHAR(64) NOT NULL,
  payload MEDIUMTEXT NOT NULL,
  status VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at DATETIME(6) NULL,
  last_status_code INT NULL,
  last_error VARCHAR(500) NULL,
  claim_token CHAR(36) NULL,
  claimed_until DATETIME(6) NULL,
  created_at DATETIME(6) NOT NULL,
  delivered_at DATETIME(6) NULL,
  CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id),
  CONSTRAINT fk_webhook_deliveries_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
  CONSTRAINT fk_webhook_deliveries_webhook FOREIGN KEY (webhook_id) REFERENCES webhooks (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The dispatcher's question, asked every second: what is pending and due.
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX ix_webhook_deliveries_claim ON webhook_deliveries (claim_token);
CREATE INDEX ix_webhook_deliveries_webhook ON webhook_deliveries (tenant_id, webhook_id, id);
