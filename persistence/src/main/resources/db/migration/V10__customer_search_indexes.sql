-- After V9 has filled the keys: each search key behind the tenant (email_key has its unique key).
CREATE INDEX ix_customers_email_reversed ON customers (tenant_id, email_key_reversed);
CREATE INDEX ix_customers_name ON customers (tenant_id, name_key);
CREATE INDEX ix_customers_name_reversed ON customers (tenant_id, name_key_reversed);
