/**
 * The envelope of every {@code /v1} write ({@link com.zangsho.web.write.Writes}): one transaction
 * with its activity entry, its webhook outbox rows and its idempotency answer, run again when it
 * loses a race; and what the write answers ({@link com.zangsho.web.write.Answer}).
 */
package com.zangsho.web.write;
