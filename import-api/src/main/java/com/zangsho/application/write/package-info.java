/**
 * How every write request runs ({@link com.zangsho.application.write.WriteTransactions}): one
 * transaction with its idempotency key, its activity entry and its webhook outbox rows.
 */
package com.zangsho.application.write;
