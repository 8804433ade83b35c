-- Every id generator's row (the entities' @TableGenerator), made here rather than by Hibernate on
-- its first use: two servers taking the first id of a kind at the same moment (a cluster,
-- docs/cluster.md) would each insert the row, and one of the two writes would fail. 0 is the
-- value Hibernate itself inserts; a row already there is kept.
INSERT INTO id_sequences (sequence_name, next_val)
SELECT n.sequence_name, 0
  FROM (SELECT 'tenants' AS sequence_name UNION ALL SELECT 'api_tokens'
        UNION ALL SELECT 'customers' UNION ALL SELECT 'orders'
        UNION ALL SELECT 'subscriptions' UNION ALL SELECT 'subscription_events'
        UNION ALL SELECT 'activity_logs' UNION ALL SELECT 'idempotency_keys'
        UNION ALL SELECT 'webhooks' UNION ALL SELECT 'webhook_deliveries') n
 WHERE NOT EXISTS (SELECT 1 FROM id_sequences s WHERE s.sequence_name = n.sequence_name);
