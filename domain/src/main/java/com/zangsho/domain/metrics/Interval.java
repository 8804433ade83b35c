package com.zangsho.domain.metrics;

import com.zangsho.domain.WireNamed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The length of a series' periods, in UTC calendar days; weeks run Monday to Sunday (ISO). */
public enum Interval implements WireNamed {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /** The last day of the period {@code day} falls in. */
  public LocalDate periodEnd(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
      case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
      case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
    };
  }

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
