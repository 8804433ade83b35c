package com.zangsho.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.zangsho.domain.subscription.EventType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Over random histories (any event type in any order, amounts that contradict each other, events on
 * one day): every period's identity holds, periods chain, and the last period ends at the MRR the
 * customers' histories end at.
 */
class MrrSeriesPropertyTest {
  private static final LocalDate FIRST = LocalDate.parse("2024-01-01");
  private static final int DAYS = 3 * 365;

  // A fixed seed: a CI run is repeatable, and a failure names the (shrunk) history that broke it.
  @Test
  void everyPeriodAddsUpAndStartsWhereTheLastEnded() {
    qt().withFixedSeed(20261202)
        .withExamples(300)
        .forAll(histories(), Generate.enumValues(Interval.class), rules(), longs().all())
        .checkAssert(MrrSeriesPropertyTest::addsUpAndChains);
  }

  private static void addsUpAndChains(
      List<MrrHistory.Event> events, Interval interval, MrrRules rules, long shuffleSeed) {
    List<MrrMovement> movements = movementsOf(events, rules);
    List<MrrHistory.Event> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    assertEquals(
        describe(movements),
        describe(movementsOf(shuffled, rules)),
        "import order changes nothing");

    MrrDayTotals totals = new MrrDayTotals();
    totals.add(movements);
    LocalDate firstDay = FIRST.plusDays(100);
    LocalDate lastDay = FIRST.plusDays(DAYS);
    MrrDay before = MrrDay.empty(firstDay);
    List<MrrDay> within = new ArrayList<>();
    for (MrrDay day : totals.changes()) {
      if (day.day().isBefore(firstDay)) {
        before = before.plus(day);
      } else {
        within.add(day);
      }
    }
    List<MrrSeries.Entry> entries = MrrSeries.of(before, within, firstDay, lastDay, interval);

    BigDecimal previousEnd = before.net();
    for (MrrSeries.Entry e : entries) {
      assertEquals(0, e.startingMrr().compareTo(previousEnd), "starts where the last ended");
      BigDecimal sum =
          e.startingMrr()
              .add(e.newBusiness())
              .add(e.expansion())
              .add(e.contraction())
              .add(e.churn())
              .add(e.reactivation());
      assertEquals(0, e.endingMrr().compareTo(sum), "identity of " + e);
      assertTrue(e.contraction().signum() <= 0 && e.churn().signum() <= 0, e.toString());
      assertTrue(
          e.newBusiness().signum() >= 0
              && e.expansion().signum() >= 0
              && e.reactivation().signum() >= 0,
          e.toString());
      assertTrue(e.endingMrr().signum() >= 0 && e.customers() >= 0, e.toString());
      previousEnd = e.endingMrr();
    }

    Map<Long, MrrMovement> last =
        movements.stream()
            .collect(
                Collectors.toMap(
                    MrrMovement::getCustomerId,
                    m -> m,
                    (a, b) ->
                        Comparator.comparing(MrrMovement::getOccurredAt)
                                    .thenComparing(MrrMovement::getEventId)
                                    .compare(a, b)
                                < 0
                            ? b
                            : a));
    BigDecimal finalMrr =
        last.values().stream()
            .map(MrrMovement::getMrrAfter)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    long payingCustomers = last.values().stream().filter(m -> m.getMrrAfter().signum() > 0).count();
    MrrSeries.Entry end = entries.get(entries.size() - 1);
    assertEquals(0, end.endingMrr().compareTo(finalMrr), "ends at the histories' MRR");
    assertEquals(payingCustomers, end.customers());
  }

  private static List<MrrMovement> movementsOf(List<MrrHistory.Event> events, MrrRules rules) {
    List<MrrMovement> movements = new ArrayList<>();
    events.stream()
        .collect(Collectors.groupingBy(MrrHistory.Event::customerId))
        .values()
        .forEach(history -> movements.addAll(MrrHistory.movements(1, history, rules)));
    movements.sort(Comparator.comparing(MrrMovement::getEventId));
    return movements;
  }

  private static List<String> describe(List<MrrMovement> movements) {
    return movements.stream()
        .map(m -> m.getEventId() + " " + m.getType() + " " + m.getAmount() + " " + m.getMrrAfter())
        .toList();
  }

  private static Gen<MrrRules> rules() {
    return Generate.pick(List.of(0L, 1L, 24L, 24L * 30))
        .zip(
            Generate.pick(List.of(-1L, 30L, 365L)),
            (graceHours, windowDays) ->
                new MrrRules(
                    Duration.ofHours(graceHours),
                    windowDays < 0 ? null : Duration.ofDays(windowDays)));
  }

  private static Gen<List<MrrHistory.Event>> histories() {
    Gen<BigDecimal> amount =
        Generate.oneOf(
            Generate.constant(BigDecimal.ZERO),
            longs().between(100, 500_000).map(cents -> BigDecimal.valueOf(cents, 2)));
    Gen<BigDecimal> maybeAmount = amount.toOptionals(20).map(a -> a.orElse(null));
    // Days drawn from a small range, and hours from few, so that events share days and instants.
    Gen<Instant> when =
        integers()
            .between(0, DAYS)
            .zip(
                Generate.pick(List.of(0, 6, 23)),
                (day, hour) ->
                    FIRST.plusDays(day).atStartOfDay().plusHours(hour).toInstant(ZoneOffset.UTC));
    Gen<Row> row =
        longs()
            .between(1, 6)
            .zip(Generate.enumValues(EventType.class), maybeAmount, maybeAmount, when, Row::new);
    return lists()
        .of(row)
        .ofSizeBetween(1, 40)
        .map(
            rows -> {
              List<MrrHistory.Event> events = new ArrayList<>();
              for (Row r : rows) {
                events.add(
                    new MrrHistory.Event(
                        events.size() + 1,
                        r.customerId(),
                        r.type(),
                        r.oldAmount(),
                        r.newAmount(),
                        (r.newAmount() == null ? BigDecimal.ZERO : r.newAmount())
                            .subtract(r.oldAmount() == null ? BigDecimal.ZERO : r.oldAmount()),
                        r.occurredAt()));
              }
              return events;
            });
  }

  /** An event before its id: ids follow the order of the generated list. */
  private record Row(
      long customerId,
      EventType type,
      BigDecimal oldAmount,
      BigDecimal newAmount,
      Instant occurredAt) {}
}
