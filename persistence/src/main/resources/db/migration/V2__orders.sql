-- Orders (api.md §6). Money is DECIMAL(14,2): twelve integer digits and two decimals. Enums are
-- stored by their wire names ('one-time', 'line_pay'), so the table reads like the API.

-- Lets orders reference (tenant_id, id): an order can then never point at another tenant's customer,
-- whatever the code above the database does.
ALTER TABLE customers ADD CONSTRAINT uk_customers_tenant_id UNIQUE (tenant_id, id);

CREATE TABLE orders (
  id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  order_no VARCHAR(64) NOT NULL,
  customer_id BIGINT NOT NULL,
  amount DECIMAL(14,2) NOT NULL,
  currency CHAR(3) NOT NULL,
  status VARCHAR(16) NOT NULL,
  payment_method VARCHAR(32) NULL,
  billing_cycle VARCHAR(16) NULL,
  source VARCHAR(16) NOT NULL,
  paid_at DATETIME(6) NULL,
  refunded_at DATETIME(6) NULL,
  failed_at DATETIME(6) NULL,
  metadata TEXT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_orders PRIMARY KEY (id),
  CONSTRAINT fk_orders_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
  CONSTRAINT fk_orders_customer FOREIGN KEY (tenant_id, customer_id)
    REFERENCES customers (tenant_id, id),
  CONSTRAINT uk_orders_order_no UNIQUE (tenant_id, order_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A customer's figures (ltv, order count, payment dates) are summed from here on every read.
CREATE INDEX ix_orders_customer ON orders (tenant_id, customer_id, status);
-- The list's and the stats' created_at range.
CREATE INDEX ix_orders_created ON orders (tenant_id, created_at);
CREATE INDEX ix_orders_status ON orders (tenant_id, status, id);
