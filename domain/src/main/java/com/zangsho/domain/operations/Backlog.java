package com.zangsho.domain.operations;

import java.time.Duration;

/**
 * The server's backlog at one moment, over every tenant: the operator's view, counts only (no row
 * of any tenant leaves through it).
 *
 * @param webhooksPending deliveries waiting for their first or a further attempt
 * @param webhooksFailed deliveries given up after their 24 h of retries
 * @param oldestPending how long the oldest pending delivery has waited; zero when none is pending
 * @param failingReceivers webhooks with a pending delivery that has already failed at least once
 * @param idempotencyKeysHeld idempotency keys not yet expired
 * @param serversAlive servers using the database that said they were alive within {@link
 *     ServerNode#GONE_AFTER} (docs/cluster.md)
 */
public record Backlog(
    long webhooksPending,
    long webhooksFailed,
    Duration oldestPending,
    long failingReceivers,
    long idempotencyKeysHeld,
    long serversAlive) {}
