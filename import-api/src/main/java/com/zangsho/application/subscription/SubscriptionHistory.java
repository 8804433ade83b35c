package com.zangsho.application.subscription;

import com.zangsho.domain.subscription.EventType;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.domain.subscription.SubscriptionEventRepository;
import com.zangsho.domain.validation.Instants;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Records the events single writes produce. An event whose key (customer, type, time) is already in
 * the history, e.g. imported earlier, is not recorded twice: the history says it happened.
 */
@Dependent
public class SubscriptionHistory {
  /**
   * How far ahead of now events dated now may have been moved: one change a second of one
   * subscription for this long is far beyond any token's rate limit.
   */
  private static final Duration MOVED_AT_MOST = Duration.ofMinutes(1);

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

  /** Records an event of a change made now, dated {@linkplain #now when such a change is}. */
  public SubscriptionEvent recordNow(SubscriptionEvent event) {
    event.redate(now(event.getTenantId(), event.getCustomer().getId(), event.getEventType()));
    events.add(event);
    return event;
  }

  /**
   * When a change of {@code type} the server makes now is dated, so that its event is never
   * skipped. Timestamps are kept to the second, so two changes of one kind within a second would
   * share a key: the later one takes the next second free for its kind. And no change is dated
   * before the customer's latest event of the moments just ahead, so that one moved on this way is
   * never listed after a later change.
   */
  public Instant now(long tenantId, long customerId, EventType type) {
    Instant now = Instants.now();
    Instant at =
        events.latestBetween(tenantId, customerId, now, now.plus(MOVED_AT_MOST)).orElse(now);
    while (events.exists(tenantId, new SubscriptionEvent.Key(customerId, type, at))) {
      at = at.plusSeconds(1);
    }
    return at;
  }
}
