-- A webhook can be paused (docs/api.md §9): its deliveries wait, pending, with no time set, until
-- it is resumed. Secrets sealed under ZANGSHO_SECRET_KEY are longer than as given out.
ALTER TABLE webhooks ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE webhooks MODIFY COLUMN secret VARCHAR(255) NOT NULL;

-- POST /v1/webhooks/{id}/redeliver_failed: a webhook's failed deliveries of the last days.
CREATE INDEX ix_webhook_deliveries_failed ON webhook_deliveries (webhook_id, status, created_at);
