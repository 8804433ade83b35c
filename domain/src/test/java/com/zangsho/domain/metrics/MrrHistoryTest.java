package com.zangsho.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zangsho.domain.subscription.EventType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed histories (docs/api.md §11). */
class MrrHistoryTest {
  private final List<MrrHistory.Event> events = new ArrayList<>();

  @Test
  void aConsistentHistoryCountsEachEventTypeAsItsMovement() {
    event(EventType.CREATED, null, "1000", "2025-01-01T00:00:00Z");
    event(EventType.UPGRADE, "1000", "1500", "2025-02-10T00:00:00Z");
    event(EventType.DOWNGRADE, "1500", "1200", "2025-03-10T00:00:00Z");
    event(EventType.CANCEL, "1200", null, "2025-04-10T00:00:00Z");

    assertEquals(
        List.of(
            "new_business +1000.00 after 1000.00 customers 1",
            "expansion +500.00 after 1500.00 customers 0",
            "contraction -300.00 after 1200.00 customers 0",
            "churn -1200.00 after 0.00 customers -1"),
        movements(MrrRules.DEFAULT));
  }

  @Test
  void anUpgradeAndADowngradeTheSameDayAreBothCounted() {
    event(EventType.CREATED, null, "1000", "2025-01-01T00:00:00Z");
    event(EventType.UPGRADE, "1000", "1500", "2025-03-05T10:00:00Z");
    event(EventType.DOWNGRADE, "1500", "1200", "2025-03-05T15:00:00Z");

    List<MrrSeries.Entry> march = series("2025-03-01", "2025-03-31", Interval.MONTH);
    assertEquals(1, march.size());
    MrrSeries.Entry entry = march.get(0);
    assertEquals(new BigDecimal("1000"), entry.startingMrr());
    assertEquals(new BigDecimal("500"), entry.expansion());
    assertEquals(new BigDecimal("-300"), entry.contraction());
    assertEquals(new BigDecimal("1200"), entry.endingMrr());
    assertEquals(1, entry.customers());
  }

  @Test
  void aCancelAndAReactivationInOneMonthAreChurnAndReactivation() {
    event(EventType.CREATED, null, "1000", "2025-01-01T00:00:00Z");
    event(EventType.CANCEL, "1000", null, "2025-03-03T00:00:00Z");
    event(EventType.REACTIVATED, null, null, "2025-03-20T00:00:00Z");

    MrrSeries.Entry march = series("2025-03-01", "2025-03-31", Interval.MONTH).get(0);
    assertEquals(new BigDecimal("-1000"), march.churn());
    assertEquals(new BigDecimal("1000"), march.reactivation(), "the MRR last lost comes back");
    assertEquals(new BigDecimal("1000"), march.endingMrr());
    assertEquals(1, march.customers());
  }

  @Test
  void aCancelAndARestartWithinTheGraceAreAPlanChangeNotChurn() {
    event(EventType.CREATED, null, "1000", "2025-01-01T00:00:00Z");
    event(EventType.CANCEL, "1000", null, "2025-03-03T10:00:00Z");
    event(EventType.CREATED, null, "1200", "2025-03-03T18:00:00Z");

    assertEquals(
        List.of(
            "new_business +1000.00 after 1000.00 customers 1",
            "expansion +200.00 after 1200.00 customers 0"),
        movements(MrrRules.DEFAULT));
    assertEquals(
        List.of(
            "new_business +1000.00 after 1000.00 customers 1",
            "churn -1000.00 after 0.00 customers -1",
            "reactivation +1200.00 after 1200.00 customers 1"),
        movements(new MrrRules(Duration.ZERO, null)),
        "no grace: every cancel is churn");
  }

  @Test
  void aCustomerBackAfterALongGapIsAReactivationUnlessTheWindowSaysOtherwise() {
    event(EventType.CREATED, null, "990", "2020-01-15T00:00:00Z");
    event(EventType.CANCEL, "990", null, "2020-02-15T00:00:00Z");
    event(EventType.CREATED, null, "1990", "2024-06-01T00:00:00Z");

    assertEquals(
        "reactivation +1990.00 after 1990.00 customers 1", movements(MrrRules.DEFAULT).get(2));
    assertEquals(
        "new_business +1990.00 after 1990.00 customers 1",
        movements(new MrrRules(Duration.ofHours(24), Duration.ofDays(365))).get(2));
  }

  @Test
  void eventsImportedOutOfOrderCountAsTheyOccurred() {
    event(EventType.CREATED, null, "990", "2020-01-15T00:00:00Z");
    event(EventType.CANCEL, "990", null, "2020-02-15T00:00:00Z");
    event(EventType.CREATED, null, "1990", "2024-06-01T00:00:00Z");
    List<String> inOrder = movements(MrrRules.DEFAULT);

    Collections.reverse(events);
    assertEquals(inOrder, movements(MrrRules.DEFAULT));
  }

  @Test
  void anEventThatContradictsTheHistoryMovesFromTheHistorysAmountAndKeepsItsOwnChange() {
    event(EventType.CREATED, null, "1000", "2025-01-01T00:00:00Z");
    // The history says 1000 before it; the event says it went from 1200.
    event(EventType.UPGRADE, "1200", "1500", "2025-02-01T00:00:00Z");

    MrrMovement upgrade = MrrHistory.movements(1, events, MrrRules.DEFAULT).get(1);
    assertEquals(MovementType.EXPANSION, upgrade.getType());
    assertEquals(new BigDecimal("500"), upgrade.getAmount());
    assertEquals(new BigDecimal("300"), upgrade.getEventChange());
    MrrSeries.Entry february = series("2025-02-01", "2025-02-28", Interval.MONTH).get(0);
    assertEquals(
        february.endingMrr(),
        february.startingMrr().add(february.expansion()),
        "the identity holds with the gap inside the movement");
  }

  @Test
  void anUpgradeOfACustomerWithoutMrrIsNewBusiness() {
    event(EventType.UPGRADE, "0", "500", "2025-01-01T00:00:00Z");
    event(EventType.DOWNGRADE, "500", "0", "2025-02-01T00:00:00Z");

    assertEquals(
        List.of(
            "new_business +500.00 after 500.00 customers 1",
            "churn -500.00 after 0.00 customers -1"),
        movements(MrrRules.DEFAULT));
  }

  @Test
  void periodsAreCutAtTheRangesEndsAndChainFromOneToTheNext() {
    event(EventType.CREATED, null, "100", "2025-01-20T00:00:00Z");
    event(EventType.UPGRADE, "100", "300", "2025-03-02T00:00:00Z");

    List<MrrSeries.Entry> entries = series("2025-01-15", "2025-03-10", Interval.MONTH);
    assertEquals(
        List.of("2025-01-15..2025-01-31", "2025-02-01..2025-02-28", "2025-03-01..2025-03-10"),
        entries.stream().map(e -> e.periodStart() + ".." + e.periodEnd()).toList());
    assertEquals(new BigDecimal("100"), entries.get(0).endingMrr());
    assertEquals(entries.get(0).endingMrr(), entries.get(1).startingMrr());
    assertEquals(new BigDecimal("300"), entries.get(2).endingMrr());
  }

  private void event(EventType type, String oldAmount, String newAmount, String at) {
    BigDecimal old = oldAmount == null ? null : new BigDecimal(oldAmount);
    BigDecimal updated = newAmount == null ? null : new BigDecimal(newAmount);
    events.add(
        new MrrHistory.Event(
            events.size() + 1,
            7,
            type,
            old,
            updated,
            (updated == null ? BigDecimal.ZERO : updated)
                .subtract(old == null ? BigDecimal.ZERO : old),
            Instant.parse(at)));
  }

  private List<String> movements(MrrRules rules) {
    return MrrHistory.movements(1, events, rules).stream()
        .map(
            m ->
                m.getType().wireName()
                    + " "
                    + (m.getAmount().signum() > 0 ? "+" : "")
                    + m.getAmount().setScale(2)
                    + " after "
                    + m.getMrrAfter().setScale(2)
                    + " customers "
                    + m.getCustomers())
        .toList();
  }

  private List<MrrSeries.Entry> series(String first, String last, Interval interval) {
    LocalDate firstDay = LocalDate.parse(first);
    LocalDate lastDay = LocalDate.parse(last);
    MrrDayTotals totals = new MrrDayTotals();
    totals.add(MrrHistory.movements(1, events, MrrRules.DEFAULT));
    MrrDay before = MrrDay.empty(firstDay);
    List<MrrDay> within = new ArrayList<>();
    for (MrrDay day : totals.changes()) {
      if (day.day().isBefore(firstDay)) {
        before = before.plus(day);
      } else if (!day.day().isAfter(lastDay)) {
        within.add(day);
      }
    }
    return MrrSeries.of(before, within, firstDay, lastDay, interval);
  }
}
