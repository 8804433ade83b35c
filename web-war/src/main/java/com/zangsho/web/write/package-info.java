/**
 * The envelope of every {@code /v1} write: one transaction with its activity entry, its webhook
 * outbox rows and its idempotency answer, run again when it loses a race.
 */
package com.zangsho.web.write;
