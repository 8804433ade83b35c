/**
 * JPA implementations of the domain's repositories. Every query of a merchant's data names its
 * tenant. The queries that serve the server itself span tenants on purpose: the webhook outbox's
 * claims and leases (a timer delivers for every tenant), the look-up of a token by its hash (the
 * token is what tells the tenant), counting tokens at first start, a tenant by name at bootstrap,
 * the expiry of idempotency keys, and the database probe behind readiness.
 */
package com.zangsho.persistence;
