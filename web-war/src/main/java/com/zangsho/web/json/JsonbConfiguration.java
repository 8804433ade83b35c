package com.zangsho.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Response records are written snake_case, with nulls kept ({@code "phone": null} is part of the
 * contract's shape) and fields in the order the records declare them.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {
  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
              .withPropertyOrderStrategy(PropertyOrderStrategy.ANY)
              .withNullValues(true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The same instance the API writes responses with: what is stored reads as what was sent. */
  public static Jsonb jsonb() {
    return JSONB;
  }
}
