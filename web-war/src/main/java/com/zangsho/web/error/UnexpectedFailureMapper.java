package com.zangsho.web.error;

import com.zangsho.application.health.Readiness;
import com.zangsho.web.api.Messages;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort. A database that cannot be reached is 503 with Retry-After (docs/api.md §1);
 * anything else is a bug on our side: logged with its stack trace, answered with a bare 500 that
 * shows none.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());
  private static final String RETRY_AFTER_SECONDS = "5";

  @Context HttpHeaders headers;
  @Inject Readiness readiness;

  @Override
  public Response toResponse(Throwable exception) {
    Messages messages = Messages.forRequest(headers);
    if (isDatabaseUnreachable(exception)
        || (cameFromDatabase(exception) && !readiness.databaseReachable())) {
      LOG.log(Level.WARNING, "Database unreachable: {0}", String.valueOf(rootCause(exception)));
      return ErrorResponses.of(503, new ErrorJson(messages.text("error.unavailable")))
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .build();
    }
    LOG.log(Level.SEVERE, "Unexpected failure", exception);
    return ErrorResponses.of(500, new ErrorJson(messages.text("error.server"))).build();
  }

  static boolean isDatabaseUnreachable(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ResourceException
          || cause instanceof ConnectException
          || (cause instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A JDBC failure on a connection that died under it does not always say so (Connector/J reports
   * "No operations allowed after statement closed", SQL state S1009, for a pooled connection that
   * was cut); whether the database answers now tells an outage from a bug.
   */
  private static boolean cameFromDatabase(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable exception) {
    Throwable root = exception;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
