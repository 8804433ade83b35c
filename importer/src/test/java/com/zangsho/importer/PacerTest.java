package com.zangsho.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PacerTest {
  /** A clock that moves only when slept on, recording each sleep. */
  private static final class FakeClock implements Pacer.Clock {
    long now;
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(long nanos) {
      sleeps.add(nanos);
      now += nanos;
    }
  }

  @Test
  void requestsGoAtOnceUntilTheBudgetIsLowThenJustBelowTheRefillRate() throws InterruptedException {
    FakeClock clock = new FakeClock();
    Pacer pacer = new Pacer(4, clock);
    pacer.observe(OptionalLong.of(60), OptionalLong.of(9));
    pacer.awaitTurn();
    pacer.awaitTurn();
    assertEquals(List.of(), clock.sleeps);

    pacer.observe(OptionalLong.of(60), OptionalLong.of(8));
    pacer.awaitTurn();
    pacer.awaitTurn();
    pacer.awaitTurn();

    assertEquals(
        List.of(Duration.ofMillis(1100).toNanos(), Duration.ofMillis(1100).toNanos()),
        clock.sleeps);
  }

  @Test
  void aRetryAfterHoldsEveryWorker() throws InterruptedException {
    FakeClock clock = new FakeClock();
    Pacer pacer = new Pacer(2, clock);

    pacer.pause(Duration.ofSeconds(3));
    pacer.awaitTurn();

    assertEquals(List.of(Duration.ofSeconds(3).toNanos()), clock.sleeps);
  }
}
