-- Date ranges over orders (the list's start_date/end_date and the stats') select by the order's
-- business date: paid_at where it has one, else created_at. Imported history then counts in its
-- own months, not in the month it was imported. The entity keeps the column in step
-- (Order#stampBusinessDate); rows already here get it from the same rule.
ALTER TABLE orders ADD COLUMN business_at DATETIME(6) NULL;
UPDATE orders SET business_at = COALESCE(paid_at, created_at);
ALTER TABLE orders MODIFY COLUMN business_at DATETIME(6) NOT NULL;

CREATE INDEX ix_orders_business ON orders (tenant_id, business_at);
-- Nothing selects by created_at alone any more.
DROP INDEX ix_orders_created ON orders;
