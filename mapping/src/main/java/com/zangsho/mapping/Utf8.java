package com.zangsho.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file is UTF-8, checked byte by byte without decoding it: well-formed sequences only (no
 * overlong forms, no surrogates, nothing past U+10FFFF), as the JDK's decoder judges them, at a
 * fraction of its cost on an export of tens of megabytes that is mostly ASCII.
 */
final class Utf8 {
  private static final int BUFFER = 1 << 16;

  private Utf8() {}

  /** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
  static long firstInvalidByte(Path file) throws IOException {
    byte[] buffer = new byte[BUFFER + 4];
    long offset = 0;
    int carried = 0;
    try (InputStream in = Files.newInputStream(file)) {
      while (true) {
        int read = in.read(buffer, carried, BUFFER);
        boolean end = read < 0;
        int length = carried + Math.max(read, 0);
        int i = 0;
        while (i < length) {
          int b = buffer[i] & 0xFF;
          if (b < 0x80) {
            i++;
            continue;
          }
          int size = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
          if (i + size > length) {
            if (end) {
              return offset + i;
            }
            break; // the sequence goes on in the next read
          }
          if (!wellFormed(buffer, i, b, size)) {
            return offset + i;
          }
          i += size;
        }
        if (end) {
          return -1;
        }
        carried = length - i;
        System.arraycopy(buffer, i, buffer, 0, carried);
        offset += i;
      }
    }
  }

  /** Table 3-7 of the Unicode Standard: the well-formed byte sequences. */
  private static boolean wellFormed(byte[] bytes, int at, int first, int size) {
    int second = bytes[at + 1] & 0xFF;
    boolean secondInRange =
        switch (first) {
          case 0xE0 -> second >= 0xA0 && second <= 0xBF;
          case 0xED -> second >= 0x80 && second <= 0x9F;
          case 0xF0 -> second >= 0x90 && second <= 0xBF;
          case 0xF4 -> second >= 0x80 && second <= 0x8F;
          default -> first >= 0xC2 && first <= 0xF4 && second >= 0x80 && second <= 0xBF;
        };
    if (!secondInRange) {
      return false;
    }
    for (int k = 2; k < size; k++) {
      int next = bytes[at + k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return false;
      }
    }
    return true;
  }
}
