package com.zangsho.domain.webhook;

import java.util.List;
import java.util.Optional;

/** Webhooks of one tenant at a time. Joins the caller's transaction. */
public interface WebhookRepository {
  void add(Webhook webhook);

  Optional<Webhook> findById(long tenantId, long id);

  /** By id. */
  List<Webhook> list(long tenantId);

  void remove(Webhook webhook);

  /**
   * Start-up maintenance across tenants: stores every secret as the current key keeps it (sealed
   * under {@code ZANGSHO_SECRET_KEY}, or as given without one), e.g. after a key was set or
   * rotated.
   *
   * @return how many were stored again
   * @throws IllegalStateException when a secret is sealed under a key this server was not given
   */
  int resealSecrets();
}
