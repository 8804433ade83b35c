/** Webhooks: where single writes are announced, and the outbox that delivers them. */
package com.zangsho.domain.webhook;
