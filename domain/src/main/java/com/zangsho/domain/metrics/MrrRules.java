package com.zangsho.domain.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * The choices on which revenue tools differ, as the operator sets them (README, "Configuration").
 *
 * @param restartGrace a cancel followed this soon by the customer's MRR coming back is no churn and
 *     no reactivation: the MRR never left, and the difference between the old and the new amount is
 *     expansion or contraction (ChartMogul uses 60 minutes). Zero: every cancel is churn.
 * @param reactivationWindow a customer whose MRR comes back within this long of losing it is a
 *     reactivation, later new business; null: always a reactivation (as ChartMogul counts it)
 */
public record MrrRules(Duration restartGrace, Duration reactivationWindow) {
  /** A day's grace, reactivation however long the customer was away. */
  public static final MrrRules DEFAULT = new MrrRules(Duration.ofHours(24), null);

  boolean withinGrace(Instant cancelled, Instant restarted) {
    return !restarted.isAfter(cancelled.plus(restartGrace));
  }

  boolean reactivates(Instant lost, Instant back) {
    return reactivationWindow == null || !back.isAfter(lost.plus(reactivationWindow));
  }

  /** The settings as text, to tell whether movements were worked out under other rules. */
  public String fingerprint() {
    return "grace=" + restartGrace + ",window=" + reactivationWindow;
  }
}
