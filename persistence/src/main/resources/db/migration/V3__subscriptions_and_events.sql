-- Subscriptions and their events (api.md §7). A customer has at most one subscription: the unique
-- key uk_subscriptions_customer holds that against concurrent writers too.

CREATE TABLE subscriptions (
  id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  plan_name VARCHAR(255) NULL,
  mrr DECIMAL(14,2) NOT NULL,
  billing_cycle VARCHAR(16) NOT NULL,
  source VARCHAR(16) NOT NULL,
  started_at DATETIME(6) NOT NULL,
  current_period_start DATETIME(6) NOT NULL,
  cancelled_at DATETIME(6) NULL,
  cancel_reason VARCHAR(255) NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_subscriptions PRIMARY KEY (id),
  CONSTRAINT fk_subscriptions_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
  CONSTRAINT fk_subscriptions_customer FOREIGN KEY (tenant_id, customer_id)
    REFERENCES customers (tenant_id, id),
  CONSTRAINT uk_subscriptions_customer UNIQUE (tenant_id, customer_id),
  -- What events reference, so an event cannot point at another tenant's subscription.
  CONSTRAINT uk_subscriptions_tenant_id UNIQUE (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_subscriptions_status ON subscriptions (tenant_id, status, id);

-- amount_change is signed (a downgrade or a cancellation loses MRR), hence one more digit.
CREATE TABLE subscription_events (
  id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  subscription_id BIGINT NULL,
  event_type VARCHAR(16) NOT NULL,
  source VARCHAR(16) NOT NULL,
  old_amount DECIMAL(14,2) NULL,
  new_amount DECIMAL(14,2) NULL,
  amount_change DECIMAL(15,2) NULL,
  old_plan VARCHAR(255) NULL,
  new_plan VARCHAR(255) NULL,
  occurred_at DATETIME(6) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_subscription_events PRIMARY KEY (id),
  CONSTRAINT fk_subscription_events_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
  CONSTRAINT fk_subscription_events_customer FOREIGN KEY (tenant_id, customer_id)
    REFERENCES customers (tenant_id, id),
  CONSTRAINT fk_subscription_events_subscription FOREIGN KEY (tenant_id, subscription_id)
    REFERENCES subscriptions (tenant_id, id),
  CONSTRAINT uk_subscription_events_key UNIQUE (tenant_id, customer_id, event_type, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The list's order and its occurred_at range.
CREATE INDEX ix_subscription_events_occurred ON subscription_events (tenant_id, occurred_at, id);
