package com.zangsho.application.subscription;

import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.subscription.EventFilter;
import com.zangsho.domain.subscription.EventInput;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.domain.tenant.Caller;

/** Subscription events a client records and reads (docs/api.md §7), within the caller's tenant. */
public interface SubscriptionEventService {
  /**
   * Records the event with {@code source: api}, linked to the customer's subscription if any.
   *
   * @throws com.zangsho.domain.validation.ValidationException including an unknown {@code
   *     customer_email}
   * @throws com.zangsho.domain.ConflictException when the customer has an event of this type at
   *     this time already
   */
  SubscriptionEvent create(Caller caller, EventInput input);

  /** Ordered by {@code occurred_at}, then id; each with its customer loaded. */
  Page<SubscriptionEvent> list(Caller caller, EventFilter filter, PageRequest page);
}
