-- Deliveries about one subject (a customer, an order, a subscription with its events) go out in the
-- order they were made: a delivery is due only when no earlier one of the same webhook and subject
-- is still pending (docs/reliability.md, "Webhook receiver down"). NULL for deliveries made before
-- this migration, which keep going out as they did, unordered.
ALTER TABLE webhook_deliveries ADD COLUMN subject VARCHAR(100) NULL;

CREATE INDEX ix_webhook_deliveries_subject ON webhook_deliveries (webhook_id, subject, status, id);
