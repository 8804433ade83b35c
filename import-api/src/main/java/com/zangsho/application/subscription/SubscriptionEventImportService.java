package com.zangsho.application.subscription;

import com.zangsho.application.batch.BatchImportService;
import com.zangsho.domain.subscription.EventInput;

/**
 * {@code POST /v1/subscriptions/events/batch}: the seed's fourth step, a customer's MRR history,
 * keyed by customer e-mail + {@code event_type} + {@code occurred_at}.
 */
public interface SubscriptionEventImportService extends BatchImportService<EventInput> {}
