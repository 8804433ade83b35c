package com.zangsho.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Restarts the test server's services and deployments (a reload), as an operator's restart would.
 */
final class ServerReload {
  private ServerReload() {}

  /**
   * Reloads, then waits until the application has gone down (or ten seconds pass: it may have been
   * quicker than the first look), and until the server reports itself running and serves the
   * application again (at most two minutes).
   */
  static void reloadAndWait(ManagementClient management, URL base)
      throws IOException, InterruptedException {
    requestReload(management);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI openapi = URI.create(base.toString()).resolve("openapi");
    for (int i = 0; i < 100 && serves(http, openapi); i++) {
      Thread.sleep(100);
    }
    for (int i = 0; i < 240; i++) {
      if (running(management) && serves(http, openapi)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the server did not come back within two minutes");
  }

  private static void requestReload(ManagementClient management) throws IOException {
    ModelNode reload = new ModelNode();
    reload.get("operation").set("reload");
    reload.get("address").setEmptyList();
    ModelNode answer;
    try {
      answer = management.getControllerClient().execute(reload);
    } catch (IOException closedWhileReloading) {
      // The server may close the management channel before its answer is read; the operation was
      // taken then, and the waits that follow prove the reload happened.
      for (Throwable cause = closedWhileReloading; cause != null; cause = cause.getCause()) {
        if (cause instanceof CancellationException) {
          return;
        }
      }
      throw closedWhileReloading;
    }
    if (!"success".equals(answer.get("outcome").asString())) {
      throw new AssertionError("reload refused: " + answer);
    }
  }

  /** Whether the server's own state is "running": a reload in progress reads otherwise or fails. */
  private static boolean running(ManagementClient management) {
    ModelNode state = new ModelNode();
    state.get("operation").set("read-attribute");
    state.get("address").setEmptyList();
    state.get("name").set("server-state");
    try {
      return "running"
          .equals(management.getControllerClient().execute(state).get("result").asString());
    } catch (IOException | RuntimeException notAnswering) {
      return false;
    }
  }

  private static boolean serves(HttpClient http, URI uri) throws InterruptedException {
    try {
      return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException down) {
      return false;
    }
  }
}
