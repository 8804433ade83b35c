package com.zangsho.application.tenant;

import com.zangsho.application.config.ServerSettings;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Makes sure someone can call the API after a start (docs/api.md §2 "Bootstrap"): the operator's
 * {@code ZANGSHO_BOOTSTRAP_TOKEN}, or else, on the very first start, a generated token printed
 * once. Part of the start-up work ({@code StartupWork}), which one server at a time does.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupTokens {
  private static final Logger LOG = Logger.getLogger(StartupTokens.class.getName());

  @Inject ServerSettings settings;
  @Inject TenantService tenantService;

  /** Its own transaction: the start-up work's step that writes. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void ensureAToken() {
    settings
        .bootstrapToken()
        .ifPresentOrElse(
            token -> {
              tenantService.ensureBootstrapToken(token);
              LOG.info(
                  "Bootstrap token from ZANGSHO_BOOTSTRAP_TOKEN is active for tenant 'default'");
            },
            () ->
                tenantService
                    .createFirstTokenIfNone()
                    .ifPresent(
                        token ->
                            // Printed once, on the first start: the operator's only way in.
                            LOG.warning(
                                "First start: API token for tenant 'default' (shown only now): "
                                    + token)));
  }
}
