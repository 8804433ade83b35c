/** Idempotency keys: a repeated write answers as the first one did, and has no second effect. */
package com.zangsho.domain.idempotency;
