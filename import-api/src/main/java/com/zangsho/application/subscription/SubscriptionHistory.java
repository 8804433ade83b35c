package com.zangsho.application.subscription;

import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.domain.subscription.SubscriptionEventRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Records the events single writes produce. An event whose key (customer, type, time) is already in
 * the history, e.g. imported earlier, is not recorded twice: the history says it happened.
 */
@Dependent
public class SubscriptionHistory {
  @Inject SubscriptionEventRepository events;

  public void record(SubscriptionEvent event) {
    if (!events.exists(event.getTenantId(), event.key())) {
      events.add(event);
    }
  }
}
