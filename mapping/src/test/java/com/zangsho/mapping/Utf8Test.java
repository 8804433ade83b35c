package com.zangsho.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8Test {
  @TempDir Path dir;

  /** Where the JDK's own decoder first refuses the bytes, or -1. */
  private static long decoderSays(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
    CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }

  @Test
  void itRefusesTheSameFirstByteAsTheJdksDecoder() throws Exception {
    byte[] text =
        "email,name\r\nwang@example.com,王小明 🐉 ü\r\n".repeat(3000).getBytes(StandardCharsets.UTF_8);
    Random random = new Random(27);
    Path file = dir.resolve("export.csv");
    for (int trial = 0; trial < 300; trial++) {
      byte[] bytes = text.clone();
      if (trial > 0) {
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
      }
      if (trial % 7 == 0) {
        bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1 - random.nextInt(4));
      }
      Files.write(file, bytes);

      assertEquals(decoderSays(bytes), Utf8.firstInvalidByte(file), "trial " + trial);
    }
  }
}
