package com.zangsho.application.startup;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.application.metrics.MrrRebuild;
import com.zangsho.application.schema.SchemaMigration;
import com.zangsho.application.tenant.StartupTokens;
import com.zangsho.application.webhook.SecretsAtRest;
import com.zangsho.domain.operations.ExclusiveWork;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The start-up work, in order: the schema, this server's place among the others (its shared
 * settings checked against theirs), webhook secrets as its key keeps them, the first token, the MRR
 * movements. Servers that share the database take turns ({@link ExclusiveWork}): of two started
 * together on an empty database, the first migrates it, makes tenant {@code default} and works the
 * movements out, and the second, waiting meanwhile, finds each step done. A server whose shared
 * settings differ from a running server's stops there, before it changes anything.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupWork {
  private static final Logger LOG = Logger.getLogger(StartupWork.class.getName());
  static final String LOCK = "zangsho-startup";

  /** Within WildFly's 300 s for a deployment, so that a server that waits in vain says so. */
  static final Duration WAIT = Duration.ofMinutes(4);

  @Inject ExclusiveWork exclusiveWork;
  @Inject ServerSettings settings;
  @Inject ServerNodes nodes;
  @Inject SchemaMigration schema;
  @Inject StartupTokens tokens;
  @Inject MrrRebuild mrrRebuild;
  @Inject SecretsAtRest secrets;

  @PostConstruct
  void run() {
    exclusiveWork.run(
        LOCK,
        WAIT,
        () -> {
          schema.migrate();
          try {
            nodes.join(settings.nodeName(), settings.sharedSettings());
          } catch (ServerNodes.SettingsDisagreeException e) {
            LOG.severe(e.getMessage());
            throw e;
          }
          secrets.sealAll();
          tokens.ensureAToken();
          mrrRebuild.rebuildWhereStale();
        });
  }
}
