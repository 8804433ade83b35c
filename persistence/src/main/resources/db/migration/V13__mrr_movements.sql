-- Revenue metrics (api.md §11): the MRR movement each subscription event made, worked out per
-- customer in the order its events occurred (MrrHistory) whenever a write adds or changes one of its
-- events, and their totals per UTC day, which the series and the summary sum: a three-year monthly
-- series over a million events reads ~1,100 day rows (docs/performance.md). Filled for the events
-- already stored when the server starts (MrrRebuild), and again whenever the operator changes the
-- rules they are worked out under.
CREATE TABLE mrr_movements (
  event_id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  event_type VARCHAR(16) NOT NULL,
  movement_type VARCHAR(16) NOT NULL,
  amount DECIMAL(15,2) NOT NULL,
  event_change DECIMAL(15,2) NOT NULL,
  mrr_after DECIMAL(14,2) NOT NULL,
  customers INT NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_mrr_movements PRIMARY KEY (event_id),
  CONSTRAINT fk_mrr_movements_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_mrr_movements_customer ON mrr_movements (tenant_id, customer_id);
-- The movements list, in time order, all types or one.
CREATE INDEX ix_mrr_movements_occurred ON mrr_movements (tenant_id, occurred_at, event_id);
CREATE INDEX ix_mrr_movements_type ON mrr_movements (tenant_id, movement_type, occurred_at, event_id);

CREATE TABLE mrr_day_totals (
  tenant_id BIGINT NOT NULL,
  business_day DATE NOT NULL,
  new_business DECIMAL(24,2) NOT NULL,
  expansion DECIMAL(24,2) NOT NULL,
  contraction DECIMAL(24,2) NOT NULL,
  churn DECIMAL(24,2) NOT NULL,
  reactivation DECIMAL(24,2) NOT NULL,
  customers_gained BIGINT NOT NULL,
  customers_lost BIGINT NOT NULL,
  CONSTRAINT pk_mrr_day_totals PRIMARY KEY (tenant_id, business_day),
  CONSTRAINT fk_mrr_day_totals_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per customer whose events a write is about to change, locked (in customer id order) before
-- the write touches any event: two writes of one customer's history take turns, so the later one
-- works its movements out from every event the earlier committed. No foreign keys: a key check would
-- take a shared lock on the customer row, which a customer update may hold exclusively.
CREATE TABLE mrr_customer_locks (
  tenant_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  writes BIGINT NOT NULL,
  CONSTRAINT pk_mrr_customer_locks PRIMARY KEY (tenant_id, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The rules (MrrRules) each tenant's movements were worked out under.
CREATE TABLE mrr_rules_in_use (
  tenant_id BIGINT NOT NULL,
  rules VARCHAR(200) NOT NULL,
  CONSTRAINT pk_mrr_rules_in_use PRIMARY KEY (tenant_id),
  CONSTRAINT fk_mrr_rules_in_use_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
