package com.zangsho.domain.metrics;

import com.zangsho.domain.subscription.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One customer's MRR through its subscription events, and the movement each event makes.
 *
 * <p>The MRR the history gives before an event is what counts: an event moves it to the event's
 * {@code new_amount} (a {@code cancel} to zero; without {@code new_amount}, by {@code
 * amount_change}; a {@code reactivated} without either restores the MRR last lost). The movement is
 * the difference and its type follows from where the MRR went: none to some is new business
 * (reactivation when the customer had MRR before), up is expansion, down is contraction, some to
 * none is churn. For a history that agrees with itself that is exactly {@code created →
 * new_business}, {@code upgrade → expansion}, {@code downgrade → contraction}, {@code cancel →
 * churn}, {@code reactivated → reactivation}, each of {@code new_amount − old_amount}. When an
 * event contradicts the history (an {@code upgrade} whose {@code old_amount} is not the MRR before
 * it), its movement still runs from the MRR before it to its {@code new_amount}, so that each
 * period's MRR is the previous one's plus its movements; the movement keeps the event's own change
 * beside it ({@link MrrMovement#getEventChange()}), and the difference is the contradiction's gap.
 */
public final class MrrHistory {
  private MrrHistory() {}

  /** An event as the history needs it. Amounts may be null as the API allows. */
  public record Event(
      long eventId,
      long customerId,
      EventType type,
      BigDecimal oldAmount,
      BigDecimal newAmount,
      BigDecimal amountChange,
      Instant occurredAt) {
    static final Comparator<Event> ORDER =
        Comparator.comparing(Event::occurredAt).thenComparingLong(Event::eventId);
  }

  /** The movements of one customer's events (any order); events that move nothing make none. */
  public static List<MrrMovement> movements(
      long tenantId, List<Event> customerEvents, MrrRules rules) {
    List<Event> events = customerEvents.stream().sorted(Event.ORDER).toList();
    List<MrrMovement> movements = new ArrayList<>();
    BigDecimal mrr = BigDecimal.ZERO;
    BigDecimal lastLost = null;
    Instant lostAt = null;
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      BigDecimal target = target(event, mrr, lastLost);
      if (mrr.signum() > 0 && target.signum() == 0 && restartsWithinGrace(events, i, rules)) {
        continue;
      }
      BigDecimal amount = target.subtract(mrr);
      MovementType type = type(mrr, target, lostAt, event.occurredAt(), rules);
      if (type != null) {
        int customers = mrr.signum() == 0 ? 1 : target.signum() == 0 ? -1 : 0;
        movements.add(
            new MrrMovement(
                tenantId, event, type, amount, eventChange(event, amount), target, customers));
      }
      if (type == MovementType.CHURN) {
        lastLost = mrr;
        lostAt = event.occurredAt();
      }
      mrr = target;
    }
    return movements;
  }

  private static BigDecimal target(Event event, BigDecimal mrr, BigDecimal lastLost) {
    if (event.type() == EventType.CANCEL) {
      return BigDecimal.ZERO;
    }
    BigDecimal target;
    if (event.newAmount() != null) {
      target = event.newAmount();
    } else if (event.type() == EventType.REACTIVATED && mrr.signum() == 0 && lastLost != null) {
      target = lastLost;
    } else if (event.amountChange() != null) {
      target = mrr.add(event.amountChange());
    } else {
      target = mrr;
    }
    return target.signum() < 0 ? BigDecimal.ZERO : target;
  }

  /** Whether the customer's next event, soon enough after this cancel, brings MRR back. */
  private static boolean restartsWithinGrace(List<Event> events, int cancel, MrrRules rules) {
    if (cancel + 1 >= events.size()) {
      return false;
    }
    Event next = events.get(cancel + 1);
    return rules.withinGrace(events.get(cancel).occurredAt(), next.occurredAt())
        && target(next, BigDecimal.ZERO, null).signum() > 0;
  }

  private static MovementType type(
      BigDecimal before, BigDecimal after, Instant lostAt, Instant at, MrrRules rules) {
    int compared = after.compareTo(before);
    if (compared == 0) {
      return null;
    }
    if (before.signum() == 0) {
      return lostAt != null && rules.reactivates(lostAt, at)
          ? MovementType.REACTIVATION
          : MovementType.NEW_BUSINESS;
    }
    if (after.signum() == 0) {
      return MovementType.CHURN;
    }
    return compared > 0 ? MovementType.EXPANSION : MovementType.CONTRACTION;
  }

  private static BigDecimal eventChange(Event event, BigDecimal counted) {
    if (event.amountChange() != null) {
      return event.amountChange();
    }
    if (event.type() == EventType.CANCEL && event.oldAmount() != null) {
      return event.oldAmount().negate();
    }
    if (event.oldAmount() != null && event.newAmount() != null) {
      return event.newAmount().subtract(event.oldAmount());
    }
    return counted;
  }
}
