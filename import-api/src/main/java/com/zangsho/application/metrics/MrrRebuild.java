package com.zangsho.application.metrics;

import com.zangsho.application.config.ServerSettings;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * At start-up, works out the MRR movements of every tenant whose stored movements were worked out
 * under other rules than the server's now (README, "Configuration"), or not at all (events stored
 * before the movements were, or loaded by SQL): a few thousand customers per transaction. Part of
 * the start-up work ({@code StartupWork}), which one server at a time does.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MrrRebuild {
  private static final Logger LOG = Logger.getLogger(MrrRebuild.class.getName());
  static final int CUSTOMERS_PER_TRANSACTION = 2000;

  @Inject ServerSettings settings;
  @Inject MrrRebuildSteps steps;

  public void rebuildWhereStale() {
    String rules = settings.mrrRules().fingerprint();
    for (long tenantId : steps.tenantsWithEvents()) {
      Optional<String> inUse = steps.rulesInUse(tenantId);
      if (inUse.isPresent() && inUse.get().equals(rules)) {
        continue;
      }
      long started = System.nanoTime();
      steps.clear(tenantId);
      long customers = 0;
      for (long after = 0; ; ) {
        List<Long> next = steps.refreshAfter(tenantId, after, CUSTOMERS_PER_TRANSACTION);
        if (next.isEmpty()) {
          break;
        }
        customers += next.size();
        after = next.get(next.size() - 1);
      }
      steps.rulesInUse(tenantId, rules);
      LOG.info(
          String.format(
              "MRR movements worked out: tenant=%d customers=%d rules=%s ms=%d",
              tenantId, customers, rules, (System.nanoTime() - started) / 1_000_000));
    }
  }
}
