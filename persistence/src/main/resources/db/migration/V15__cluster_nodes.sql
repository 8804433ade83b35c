-- The servers that use this database (docs/cluster.md): each writes its row when it starts and
-- every 10 s after, with the settings that every server must share (ServerSettings.sharedSettings).
-- A server starting while another with other such settings is alive refuses to start rather than
-- work the others' data out under other rules. Server-wide, not a tenant's data.
CREATE TABLE cluster_nodes (
  node_name VARCHAR(255) NOT NULL,
  shared_settings VARCHAR(1024) NOT NULL,
  started_at DATETIME(6) NOT NULL,
  seen_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_cluster_nodes PRIMARY KEY (node_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A webhook delivery's claim names the server holding it, "<node name>:<random UUID>"
-- (WebhookDispatcher): an operator (and the cluster test) can tell whose claims a dead server left.
ALTER TABLE webhook_deliveries MODIFY COLUMN claim_token VARCHAR(300) NULL;
