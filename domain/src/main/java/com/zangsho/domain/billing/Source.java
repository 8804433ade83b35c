package com.zangsho.domain.billing;

import com.zangsho.domain.WireNameConverter;
import com.zangsho.domain.WireNamed;
import java.util.Locale;

/** Where a billing record came from (docs/api.md §1): a single create, a batch, or the server. */
public enum Source implements WireNamed {
  API,
  IMPORT,
  SYSTEM;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @jakarta.persistence.Converter
  public static class Converter extends WireNameConverter<Source> {
    public Converter() {
      super(Source.class);
    }
  }
}
