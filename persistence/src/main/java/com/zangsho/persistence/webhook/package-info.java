/**
 * The repositories of webhooks and their deliveries, with the lease that lets two servers share the
 * outbox.
 */
package com.zangsho.persistence.webhook;
