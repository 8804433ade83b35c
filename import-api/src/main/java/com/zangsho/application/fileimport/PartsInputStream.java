package com.zangsho.application.fileimport;

import com.zangsho.domain.fileimport.FileImportRepository;
import java.io.InputStream;

/** A kept file read back part by part: one part (1 MiB) in memory at a time. */
final class PartsInputStream extends InputStream {
  private final FileImportRepository imports;
  private final long importId;
  private final int parts;
  private int next;
  private byte[] part = new byte[0];
  private int at;

  PartsInputStream(FileImportRepository imports, long importId, int parts) {
    this.imports = imports;
    this.importId = importId;
    this.parts = parts;
  }

  @Override
  public int read() {
    if (!fill()) {
      return -1;
    }
    return part[at++] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(length, part.length - at);
    System.arraycopy(part, at, buffer, offset, n);
    at += n;
    return n;
  }

  private boolean fill() {
    while (at == part.length) {
      if (next == parts) {
        return false;
      }
      part = imports.part(importId, next++);
      at = 0;
    }
    return true;
  }
}
