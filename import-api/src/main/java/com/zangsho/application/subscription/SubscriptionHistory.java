package com.zangsho.application.subscription;

import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.domain.subscription.SubscriptionEventRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Records the events single writes produce. An event whose key (customer, type, time) is already in
 * the history, e.g. imported earlier, is not recorded twice: the history says it happened.
 */
@Dependent
public class SubscriptionHistory {
  @Inject SubscriptionEventRepository events;

  /**
   * @return the event if it was recorded now, empty if the history had it already
   */
  public Optional<SubscriptionEvent> record(SubscriptionEvent event) {
    if (events.exists(event.getTenantId(), event.key())) {
      return Optional.empty();
    }
    events.add(event);
    return Optional.of(event);
  }
}
