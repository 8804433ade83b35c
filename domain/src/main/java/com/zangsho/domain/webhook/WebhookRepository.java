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
}
