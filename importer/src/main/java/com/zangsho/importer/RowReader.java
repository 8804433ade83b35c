package com.zangsho.importer;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * The rows of one input file, streamed: a 2 GB file needs the memory of one row. A row that cannot
 * be read comes back as an {@link InputRow#unreadable unreadable} row; where the format cannot find
 * the next row after it (a broken quote, bad JSON in an array) it is the last.
 */
interface RowReader extends Iterator<InputRow>, Closeable {
  /** By extension: {@code .csv}, {@code .jsonl}/{@code .ndjson}, {@code .json} (an array). */
  static RowReader open(Path file, ColumnMapping mapping) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Reader text = utf8(file);
    if (name.endsWith(".csv")) {
      return new CsvRows(file, text, mapping);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return new JsonLinesRows(file, text, mapping);
    }
    if (name.endsWith(".json")) {
      return new JsonArrayRows(file, text, mapping);
    }
    text.close();
    throw new IllegalArgumentException(
        file + ": the file's name must end in .csv, .json (an array) or .jsonl (JSON Lines)");
  }

  /**
   * The file as UTF-8 text, a byte order mark skipped. Bytes that are not UTF-8 are an error where
   * they stand, not replacement characters imported as the merchant's data.
   */
  static Reader utf8(Path file) throws IOException {
    PushbackInputStream in =
        new PushbackInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 3);
    byte[] head = new byte[3];
    int read = in.readNBytes(head, 0, 3);
    boolean bom =
        read == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
    if (!bom && read > 0) {
      in.unread(head, 0, read);
    }
    return new InputStreamReader(
        (InputStream) in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }
}
