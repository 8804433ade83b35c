/** Subscriptions, one per customer, and the history of events they record. */
package com.zangsho.domain.subscription;
