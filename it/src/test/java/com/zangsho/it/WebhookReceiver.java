package com.zangsho.it;

import com.sun.net.httpserver.HttpExchange;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver inside the test: records every POST and answers with the statuses it is told
 * to, 200 once they run out (or {@link #answerAlways} forever); a request whose sender was gone by
 * the time of the answer is recorded with status 0.
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
  private volatile CountDownLatch hold = new CountDownLatch(0);
  private volatile Duration holdAtMost = Duration.ZERO;
  private final AtomicInteger holding = new AtomicInteger();

  /** One request at a time, answered in the order they came. */
  WebhookReceiver() throws IOException {
    this(null);
  }

  private WebhookReceiver(ExecutorService executor) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/hook", this::handle);
    server.start();
  }

  /** Requests answered side by side, as several servers' deliveries come (ClusterIT). */
  static WebhookReceiver concurrent() throws IOException {
    return new WebhookReceiver(
        Executors.newCachedThreadPool(
            work -> {
              Thread thread = new Thread(work, "webhook-receiver");
              thread.setDaemon(true);
              return thread;
            }));
  }

  private void handle(HttpExchange exchange) throws IOException {
    String signature = exchange.getRequestHeaders().getFirst("X-Zangsho-Signature");
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int status = held() ? always : 503;
    synchronized (statuses) {
      if (!statuses.isEmpty()) {
        status = statuses.poll();
      }
    }
    try {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    } catch (IOException e) {
      // The sender went away while the request was held (a server killed): nothing was answered.
      received.add(new Received(signature, body, 0));
      return;
    }
    received.add(new Received(signature, body, status));
  }

  /** Waits while requests are held: true when released, false when held too long (then 503). */
  private boolean held() {
    holding.incrementAndGet();
    try {
      return hold.await(holdAtMost.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      holding.decrementAndGet();
    }
  }

  /** Requests held unanswered at this moment. */
  int holding() {
    return holding.get();
  }

  /**
   * Holds every request unanswered until {@link #release}, or for {@code atMost} and then answers
   * 503, as a receiver that has stalled.
   */
  void hold(Duration atMost) {
    holdAtMost = atMost;
    hold = new CountDownLatch(1);
  }

  /** Answers the held requests, and every later one, at once. */
  void release() {
    hold.countDown();
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
