/**
 * Subscriptions and the history of their MRR: single writes that record events, both batches
 * (docs/api.md §7).
 */
package com.zangsho.application.subscription;
