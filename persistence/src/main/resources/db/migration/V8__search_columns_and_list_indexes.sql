-- Reads at a merchant's size (a million customers, three million orders in one tenant): every list
-- reads an index that starts with the tenant and ends in the list's order, and search reads
-- indexes instead of every row.

-- Search matches the start or the end of an e-mail or a name (docs/api.md §5). A leading '%' can
-- use no index, so the keys are also kept backwards: how a text ends is how its reverse starts.
-- V9 fills them for the rows already here; V10 indexes them.
ALTER TABLE customers ADD COLUMN email_key_reversed VARCHAR(255) NULL;
ALTER TABLE customers ADD COLUMN name_key VARCHAR(255) NULL;
ALTER TABLE customers ADD COLUMN name_key_reversed VARCHAR(255) NULL;

-- The orders list, by id within the tenant (it walked the primary key past other tenants' rows).
CREATE INDEX ix_orders_tenant_id ON orders (tenant_id, id);

-- Order stats over a month read only this index: a month of a big tenant is 250,000 rows, and
-- fetching each row for status, method, currency and amount took seconds.
CREATE INDEX ix_orders_business_stats ON orders
  (tenant_id, business_at, status, payment_method, currency, amount);
DROP INDEX ix_orders_business ON orders;

-- Events by customer need no index of their own: uk_subscription_events_key starts with
-- (tenant_id, customer_id), and one customer's history is short enough to sort.
