package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a request's body and then stall do not take the server's worker threads from
 * everyone else (docs/reliability.md, "Overload"): Undertow reads bodies on its I/O threads before
 * a worker takes the request ({@code wildfly/configure-server.cli}).
 */
class SlowBodiesIT extends DeployedEarTest {
  /** WildFly's default worker pool is 16 threads a core; these stalled requests outnumber it. */
  private static final int STALLED = 16 * Runtime.getRuntime().availableProcessors() + 8;

  @Test
  void requestsWhoseBodiesStallLeaveTheServerAnsweringEveryoneElse() throws Exception {
    Api tenant = Api.newTenant(base, "slow-bodies-" + UUID.randomUUID(), 1_000);
    String body = "{\"customers\": [{\"email\": \"stalled@example.com\"}]}";
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < STALLED; i++) {
        Socket socket = new Socket(base.getHost(), base.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST /v1/customers/batch HTTP/1.1\r\nHost: "
                    + base.getHost()
                    + "\r\n"
                    + "Authorization: Bearer "
                    + tenant.token()
                    + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: "
                    + body.length()
                    + "\r\n\r\n"
                    + body.substring(0, 10))
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        stalled.add(socket);
      }

      // Were the stalled requests holding workers, these would wait (past the client's 30 s
      // timeout) until their bodies came.
      Api.Response live = Api.as(base, null).get("/health/live");
      assertEquals(200, live.status(), live.text());
      tenant
          .post("/v1/customers/batch", "{\"customers\": [{\"email\": \"ok@example.com\"}]}")
          .expect(200);
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
    assertEquals(1, tenant.get("/v1/customers").json().getJsonObject("meta").getInt("total"));
  }
}
