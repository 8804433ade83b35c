package com.zangsho.application.metrics;

import com.zangsho.domain.metrics.MrrRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** {@link MrrRebuild}'s steps, each a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MrrRebuildSteps {
  @Inject MrrRepository movements;
  @Inject MrrLedger ledger;

  public List<Long> tenantsWithEvents() {
    return movements.tenantsWithEvents();
  }

  public Optional<String> rulesInUse(long tenantId) {
    return movements.rulesInUse(tenantId);
  }

  public void rulesInUse(long tenantId, String fingerprint) {
    movements.rulesInUse(tenantId, fingerprint);
  }

  public void clear(long tenantId) {
    movements.clear(tenantId);
  }

  /**
   * Works out the movements of up to {@code limit} customers with events after {@code
   * afterCustomerId}, taking their turn as a write would.
   *
   * @return those customers, by id
   */
  public List<Long> refreshAfter(long tenantId, long afterCustomerId, int limit) {
    List<Long> customers = movements.customersWithEvents(tenantId, afterCustomerId, limit);
    ledger.lock(tenantId, customers);
    ledger.refresh(tenantId, customers);
    return customers;
  }
}
