package com.zangsho.web.api;

import com.zangsho.domain.validation.Ids;
import java.util.function.Function;

/**
 * The one rule for an id in a path ({@code /v1/customers/{id}}): {@link Ids#parse}, a positive
 * whole number of plain digits. Anything else ({@code +1}, {@code 01e3}, {@code -1}, twenty digits)
 * names nothing and is the resource's 404, so that every resource, the activity log and the
 * webhooks read the same id from the same path.
 */
public final class PathIds {
  private PathIds() {}

  public static long require(String id, Function<String, ? extends RuntimeException> notFound) {
    return Ids.parse(id).orElseThrow(() -> notFound.apply(id));
  }
}
