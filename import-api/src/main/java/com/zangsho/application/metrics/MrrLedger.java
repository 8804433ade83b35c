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
    MrrDayTotals totals = new MrrDayTotals();
    totals.remove(movements.movementsOfCustomers(tenantId, customerIds));
    Map<Long, List<MrrHistory.Event>> byCustomer =
        movements.eventsOfCustomers(tenantId, customerIds).stream()
            .collect(Collectors.groupingBy(MrrHistory.Event::customerId));
    List<MrrMovement> worked = new ArrayList<>();
    byCustomer
        .values()
        .forEach(
            events -> worked.addAll(MrrHistory.movements(tenantId, events, settings.mrrRules())));
    totals.add(worked);
    movements.replace(tenantId, customerIds, worked, totals);
  }
}
