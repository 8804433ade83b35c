package com.zangsho.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver inside the test: records every POST and answers with the statuses it is told
 * to, 200 once they run out (or {@link #answerAlways} forever).
 */
final class WebhookReceiver implements AutoCloseable {
  /**
   * A request and the status it was answered with: a test that changes the answers meanwhile can
   * tell a delivery from a refused attempt.
   */
  record Received(String signature, String body, int status) {
    boolean delivered() {
      return status / 100 == 2;
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final Deque<Integer> statuses = new ArrayDeque<>();
  private volatile int always = 200;

  WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          int status;
          synchronized (statuses) {
            status = statuses.isEmpty() ? always : statuses.poll();
          }
          try (InputStream body = exchange.getRequestBody()) {
            received.add(
                new Received(
                    exchange.getRequestHeaders().getFirst("X-Zangsho-Signature"),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8),
                    status));
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** The next answers, in order. */
  void answer(int... next) {
    synchronized (statuses) {
      for (int status : next) {
        statuses.add(status);
      }
    }
  }

  void answerAlways(int status) {
    always = status;
  }

  /** The next request received within {@code timeout}, or null. */
  Received next(Duration timeout) throws InterruptedException {
    return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
