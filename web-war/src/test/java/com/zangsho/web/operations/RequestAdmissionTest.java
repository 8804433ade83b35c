package com.zangsho.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestAdmissionTest {
  private final RequestAdmission admission = new RequestAdmission();

  @Test
  void requestsPastTheLimitAre503AtOnceUntilOneFinishes() throws Exception {
    admission.limitTo(2);
    CountDownLatch working = new CountDownLatch(2);
    CountDownLatch finish = new CountDownLatch(1);
    FilterChain slow =
        (request, response) -> {
          working.countDown();
          try {
            finish.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    Thread[] busy = {new Thread(() -> pass(slow)), new Thread(() -> pass(slow))};
    for (Thread thread : busy) {
      thread.start();
    }
    assertTrue(working.await(10, TimeUnit.SECONDS));

    AtomicInteger reached = new AtomicInteger();
    Recorded refused = send(null, (request, response) -> reached.incrementAndGet());
    assertEquals(503, refused.status);
    assertEquals("1", refused.headers.get("Retry-After"));
    assertEquals("application/json", refused.headers.get("Content-Type"));
    assertEquals("{\"message\":\"伺服器忙碌中,請稍後再試\"}", refused.body.toString());
    assertEquals(
        "{\"message\":\"The server is busy; try again shortly.\"}",
        send("en", (request, response) -> reached.incrementAndGet()).body.toString());
    assertEquals(0, reached.get(), "a refused request never reaches the application");

    finish.countDown();
    for (Thread thread : busy) {
      thread.join();
    }
    Recorded admitted = send(null, (request, response) -> reached.incrementAndGet());
    assertEquals(1, reached.get());
    assertEquals(0, admitted.status, "the application's answer, untouched");
  }

  private void pass(FilterChain chain) {
    send(null, chain);
  }

  private Recorded send(String acceptLanguage, FilterChain chain) {
    Recorded recorded = new Recorded();
    HttpServletRequest request =
        proxy(
            HttpServletRequest.class,
            (method, args) ->
                method.equals("getHeader") && "Accept-Language".equals(args[0])
                    ? acceptLanguage
                    : null);
    HttpServletResponse response =
        proxy(
            HttpServletResponse.class,
            (method, args) -> {
              switch (method) {
                case "setStatus" -> recorded.status = (Integer) args[0];
                case "setHeader" -> recorded.headers.put((String) args[0], (String) args[1]);
                case "setContentType" -> recorded.headers.put("Content-Type", (String) args[0]);
                case "getWriter" -> {
                  return new PrintWriter(recorded.body, true);
                }
                default -> {}
              }
              return null;
            });
    try {
      admission.doFilter(request, response, chain);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return recorded;
  }

  private interface Answer {
    Object of(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> answer.of(method.getName(), args)));
  }

  private static final class Recorded {
    int status;
    final Map<String, String> headers = new HashMap<>();
    final StringWriter body = new StringWriter();
  }
}
