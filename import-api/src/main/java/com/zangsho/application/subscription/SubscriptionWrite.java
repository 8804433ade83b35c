package com.zangsho.application.subscription;

import com.zangsho.domain.subscription.Subscription;
import com.zangsho.domain.subscription.SubscriptionEvent;
import java.util.List;
import java.util.Optional;

/**
 * What a single subscription write did: the subscription as it now is, and the event it recorded
 * (none for an unchanged mrr, or when the history had that event already).
 */
public record SubscriptionWrite(Subscription subscription, List<SubscriptionEvent> recorded) {
  public SubscriptionWrite {
    recorded = List.copyOf(recorded);
  }

  static SubscriptionWrite of(Subscription subscription, Optional<SubscriptionEvent> recorded) {
    return new SubscriptionWrite(subscription, recorded.stream().toList());
  }
}
