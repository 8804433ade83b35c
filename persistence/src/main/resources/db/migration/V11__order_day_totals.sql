-- GET /v1/orders/stats sums these rows instead of the orders: a month of a tenant with three million
-- orders is ~250,000 orders but a few hundred of these (docs/performance.md). Every write of orders
-- adds its change in its own transaction (OrderDayTotals), so the totals are never behind.
-- payment_method is '' for orders without one: a key column cannot be NULL. The sums are wider than
-- an order's DECIMAL(14,2) because they add up to millions of them.
CREATE TABLE order_day_totals (
  tenant_id BIGINT NOT NULL,
  business_day DATE NOT NULL,
  status VARCHAR(16) NOT NULL,
  payment_method VARCHAR(32) NOT NULL,
  currency CHAR(3) NOT NULL,
  order_count BIGINT NOT NULL,
  amount DECIMAL(24,2) NOT NULL,
  CONSTRAINT pk_order_day_totals
    PRIMARY KEY (tenant_id, business_day, status, payment_method, currency),
  CONSTRAINT fk_order_day_totals_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- business_at is a UTC DATETIME, so its date is the UTC day every date filter means.
INSERT INTO order_day_totals
  (tenant_id, business_day, status, payment_method, currency, order_count, amount)
SELECT tenant_id, CAST(business_at AS DATE), status, COALESCE(payment_method, ''), currency,
       COUNT(*), SUM(amount)
FROM orders
GROUP BY tenant_id, CAST(business_at AS DATE), status, COALESCE(payment_method, ''), currency;
