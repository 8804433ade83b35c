package com.zangsho.application.webhook;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.domain.webhook.WebhookRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Start-up work: every webhook secret stored as this server's key keeps it (docs/operations.md,
 * "Secrets at rest"): sealed when a key was set, sealed again under a new key after a rotation.
 * Without a key it says so, once, at start.
 */
@Stateless
public class SecretsAtRest {
  private static final Logger LOG = Logger.getLogger(SecretsAtRest.class.getName());

  @Inject WebhookRepository webhooks;
  @Inject ServerSettings settings;

  /**
   * @throws IllegalStateException when a secret is sealed under a key this server was not given
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void sealAll() {
    Optional<String> key = settings.secretKeys().currentKeyId();
    if (key.isEmpty()) {
      LOG.warning(
          "ZANGSHO_SECRET_KEY is not set: webhook secrets are stored as given, so a copy of the"
              + " database can sign as this server (docs/operations.md, \"Secrets at rest\")");
    }
    int stored = webhooks.resealSecrets();
    if (stored > 0) {
      LOG.info(
          () ->
              stored
                  + " webhook secret(s) stored again "
                  + key.map(id -> "sealed under key " + id).orElse("as given"));
    }
  }
}
