package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every hostile request {@link HostileRequests} makes from the served OpenAPI document: no 5xx, no
 * stack trace, class name or SQL in any answer, no header an attacker wrote, and nothing written by
 * a request that was refused (the tenant's row counts before and after).
 */
class HostileInputIT extends DeployedEarTest {
  private static final long SEED = 20261202L;

  /** What only a leak would put in an answer (the requests never contain these words). */
  private static final Pattern LEAK =
      Pattern.compile(
          "Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|com\\.zangsho|org\\.hibernate|java\\.|jakarta\\."
              + "|SQLState|\\bsql\\b|select \\S+ from|insert into|duplicate entry",
          Pattern.CASE_INSENSITIVE);

  private static final List<String> COUNTED =
      List.of(
          "/v1/customers",
          "/v1/orders",
          "/v1/subscriptions",
          "/v1/subscriptions/events",
          "/v1/webhooks",
          "/v1/tokens");

  @Test
  void hostileRequestsAreRefusedCleanlyAndWriteNothing() {
    Api api = Api.newTenant(base, "hostile-" + UUID.randomUUID(), 1_000_000);
    Api admin = Api.as(base, Api.ADMIN_TOKEN);
    List<HostileRequests.Case> cases =
        HostileRequests.from(
            Api.as(base, null).get("/openapi?format=JSON").expect(200).json(), SEED);
    assertTrue(cases.size() >= 300, "cases: " + cases.size());

    Map<String, Integer> before = counts(api);
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (HostileRequests.Case request : cases) {
      Api caller = request.path().startsWith("/admin/") ? admin : api;
      Api.Response response;
      try {
        response =
            caller.send(request.method(), request.path(), request.contentType(), request.body());
      } catch (java.io.UncheckedIOException unanswered) {
        failures.add("no answer to " + request.description() + ": " + unanswered.getMessage());
        continue;
      }
      statuses.merge(response.status(), 1, Integer::sum);
      if (response.status() >= 500) {
        failures.add(response.status() + " for " + request.description() + ": " + response.text());
      } else if (LEAK.matcher(response.text()).find()) {
        failures.add("a leak for " + request.description() + ": " + response.text());
      } else if (response.headers().firstValue("X-Injected").isPresent()) {
        failures.add("a header written by " + request.description());
      }
      if (request.write() && response.status() >= 400) {
        Map<String, Integer> after = counts(api);
        if (!after.equals(before)) {
          failures.add("rows written by refused " + request.description() + ": " + after);
        }
        before = after;
      } else if (request.write()) {
        before = counts(api);
      }
    }
    // The figures docs/reliability.md quotes (in the failsafe report's output).
    System.out.println("hostile requests: " + cases.size() + ", answered " + statuses);
    assertEquals(List.of(), failures, "of " + cases.size() + " cases; statuses " + statuses);
    assertFalse(statuses.keySet().stream().anyMatch(status -> status >= 500));
  }

  private static Map<String, Integer> counts(Api api) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String list : COUNTED) {
      jakarta.json.JsonObject page = api.get(list + "?per_page=1").expect(200).json();
      // The tokens list is not paged: its length is its count.
      counts.put(
          list,
          page.containsKey("meta")
              ? page.getJsonObject("meta").getInt("total")
              : page.getJsonArray("data").size());
    }
    return counts;
  }
}
