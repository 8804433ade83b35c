/**
 * Webhooks: where to send which events, the outbox a write fills in its transaction, and the timer
 * that delivers it after commit (docs/api.md §9).
 */
package com.zangsho.application.webhook;
