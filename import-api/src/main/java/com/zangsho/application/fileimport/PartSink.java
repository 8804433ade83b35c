package com.zangsho.application.fileimport;

import com.zangsho.domain.fileimport.FileImportLimits;
import com.zangsho.domain.fileimport.FileImportRepository;
import com.zangsho.domain.fileimport.FileTooLargeException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps an upload's bytes as they are read: in parts of {@link FileImportLimits#PART_BYTES}, with
 * their SHA-256 and their count, refusing the byte past {@link FileImportLimits#MAX_FILE_BYTES}.
 */
final class PartSink {
  private final FileImportRepository imports;
  private final long importId;
  private final MessageDigest sha256;
  private final byte[] part = new byte[FileImportLimits.PART_BYTES];
  private int filled;
  private int parts;
  private long bytes;

  PartSink(FileImportRepository imports, long importId) {
    this.imports = imports;
    this.importId = importId;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  void write(byte[] buffer, int offset, int length) {
    bytes += length;
    if (bytes > FileImportLimits.MAX_FILE_BYTES) {
      throw new FileTooLargeException(
          FileTooLargeException.Limit.MEBIBYTES, FileImportLimits.MAX_FILE_BYTES >> 20);
    }
    sha256.update(buffer, offset, length);
    while (length > 0) {
      int taken = Math.min(length, part.length - filled);
      System.arraycopy(buffer, offset, part, filled, taken);
      filled += taken;
      offset += taken;
      length -= taken;
      if (filled == part.length) {
        flush();
      }
    }
  }

  /** Keeps the last part; the file's hash, as hex. */
  String finish() {
    if (filled > 0) {
      flush();
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private void flush() {
    byte[] full = new byte[filled];
    System.arraycopy(part, 0, full, 0, filled);
    imports.addPart(importId, parts++, full);
    filled = 0;
  }

  int parts() {
    return parts;
  }

  long bytes() {
    return bytes;
  }
}
