package com.zangsho.application.metrics;

import com.zangsho.domain.metrics.Interval;
import com.zangsho.domain.metrics.MovementFilter;
import com.zangsho.domain.metrics.MrrDay;
import com.zangsho.domain.metrics.MrrMovement;
import com.zangsho.domain.metrics.MrrRepository;
import com.zangsho.domain.metrics.MrrSeries;
import com.zangsho.domain.metrics.MrrSummary;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the revenue metrics (docs/api.md §11) from the day totals and movements the writes keep
 * current ({@link MrrLedger}). Tenants have one currency, so MRR is one sum.
 */
@Stateless
public class MetricsService {
  @Inject MrrRepository movements;

  /** The series from {@code firstDay} to {@code lastDay}, both inclusive. */
  public List<MrrSeries.Entry> mrr(
      Caller caller, LocalDate firstDay, LocalDate lastDay, Interval interval) {
    long tenantId = caller.tenantId();
    return MrrSeries.of(
        movements.sumBefore(tenantId, firstDay),
        movements.days(tenantId, firstDay, lastDay),
        firstDay,
        lastDay,
        interval);
  }

  public MrrSummary summary(Caller caller, LocalDate date) {
    long tenantId = caller.tenantId();
    LocalDate monthStart = MrrSummary.monthStart(date);
    return MrrSummary.of(
        date,
        movements.sumBefore(tenantId, monthStart),
        movements.days(tenantId, monthStart, date).stream()
            .reduce(MrrDay.empty(monthStart), MrrDay::plus));
  }

  public Page<MrrMovement> movements(Caller caller, MovementFilter filter, PageRequest page) {
    return movements.search(caller.tenantId(), filter, page);
  }
}
