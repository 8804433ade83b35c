/** How every write request runs: one transaction with its activity entry and idempotency key. */
package com.zangsho.application.write;
