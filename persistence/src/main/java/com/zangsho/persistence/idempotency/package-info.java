/** Idempotency keys: claimed, answered, and expired after 24 hours. */
package com.zangsho.persistence.idempotency;
