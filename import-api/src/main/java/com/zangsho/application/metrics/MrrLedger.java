package com.zangsho.application.metrics;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.domain.metrics.MrrDayTotals;
import com.zangsho.domain.metrics.MrrHistory;
import com.zangsho.domain.metrics.MrrMovement;
import com.zangsho.domain.metrics.MrrRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the MRR movements current in every write of subscription events, in the write's own
 * transaction, so that the next request's figures include it (no nightly job): a write {@link
 * #lock}s the customers whose history it changes before it touches their events, and {@link
 * #refresh}es them last. An event imported out of order can change how the customer's later events
 * count (a {@code created} before a {@code cancel} makes a later {@code created} a reactivation),
 * so a customer's movements are always worked out again from all its events.
 */
@Dependent
public class MrrLedger {
  @Inject MrrRepository movements;
  @Inject ServerSettings settings;

  public void lock(long tenantId, Collection<Long> customerIds) {
    movements.lockCustomers(tenantId, customerIds);
  }

  public void refresh(long tenantId, Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return;
    }
    Map<Long, MrrMovement> stored = new HashMap<>();
    movements
        .movementsOfCustomers(tenantId, customerIds)
        .forEach(movement -> stored.put(movement.getEventId(), movement));
    Map<Long, List<MrrHistory.Event>> byCustomer =
        movements.eventsOfCustomers(tenantId, customerIds).stream()
            .collect(Collectors.groupingBy(MrrHistory.Event::customerId));
    // Only what changed is written: an event added after a customer's others adds one movement,
    // however long its history.
    List<MrrMovement> added = new ArrayList<>();
    List<MrrMovement> gone = new ArrayList<>();
    for (List<MrrHistory.Event> events : byCustomer.values()) {
      for (MrrMovement movement : MrrHistory.movements(tenantId, events, settings.mrrRules())) {
        MrrMovement before = stored.remove(movement.getEventId());
        if (!movement.sameAs(before)) {
          added.add(movement);
          if (before != null) {
            gone.add(before);
          }
        }
      }
    }
    gone.addAll(stored.values());
    MrrDayTotals totals = new MrrDayTotals();
    totals.remove(gone);
    totals.add(added);
    movements.replace(tenantId, gone.stream().map(MrrMovement::getEventId).toList(), added, totals);
  }
}
