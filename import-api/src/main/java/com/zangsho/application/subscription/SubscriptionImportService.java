package com.zangsho.application.subscription;

import com.zangsho.application.batch.BatchImportService;
import com.zangsho.domain.subscription.SubscriptionInput;

/**
 * The seed's {@code POST /v1/subscriptions/batch}, keyed by customer; rows get {@code source:
 * import} and record no events.
 */
public interface SubscriptionImportService extends BatchImportService<SubscriptionInput> {}
