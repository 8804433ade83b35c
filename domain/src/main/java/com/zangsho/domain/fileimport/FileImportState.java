package com.zangsho.domain.fileimport;

import com.zangsho.domain.WireNameConverter;
import com.zangsho.domain.WireNamed;
import java.util.Locale;

/** Where an import is: queued behind its tenant's running one, running, or ended one way. */
public enum FileImportState implements WireNamed {
  QUEUED,
  RUNNING,
  COMPLETED,
  FAILED,
  CANCELLED;

  public boolean ended() {
    return this == COMPLETED || this == FAILED || this == CANCELLED;
  }

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @jakarta.persistence.Converter
  public static class Converter extends WireNameConverter<FileImportState> {
    public Converter() {
      super(FileImportState.class);
    }
  }
}
