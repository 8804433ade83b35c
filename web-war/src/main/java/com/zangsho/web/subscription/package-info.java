/**
 * {@code /v1/subscriptions} and {@code /v1/subscriptions/events}: single writes that record the
 * history, reads, and both batches.
 */
package com.zangsho.web.subscription;
