package com.zangsho.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Restarts the test server's services and deployments (a reload), as an operator's restart would.
 */
final class ServerReload {
  private ServerReload() {}

  /**
   * Reloads, then waits until the server has gone down (or ten seconds pass: it may have been
   * quicker than the first look) and until it serves the application again (at most a minute).
   */
  static void reloadAndWait(ManagementClient management, URL base)
      throws IOException, InterruptedException {
    ModelNode reload = new ModelNode();
    reload.get("operation").set("reload");
    reload.get("address").setEmptyList();
    management.getControllerClient().execute(reload);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI openapi = URI.create(base.toString()).resolve("openapi");
    for (int i = 0; i < 100 && serves(http, openapi); i++) {
      Thread.sleep(100);
    }
    for (int i = 0; i < 120; i++) {
      if (serves(http, openapi)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the server did not come back within a minute");
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
