package com.zangsho.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * An input file, or the part of an export that feeds one resource, as a first pass over it finds
 * it: the fingerprint of its bytes (what a checkpoint is tied to), its rows (the progress bar's
 * total) and every column any row has, in order of first appearance (the failed-rows file's
 * header).
 *
 * @param rows for a CSV file its lines after the header, counted with the hash: as many as its rows
 *     but for cells that hold a line break, near enough for a progress bar and not worth a second
 *     parse of the file
 * @param mapping what made its items, as a checkpoint compares it: empty for a file of the API's
 *     fields, else the mapping's name and the SHA-256 of its text
 * @param part the resource a mapped export's part feeds (its checkpoint and dry-run report are its
 *     own), or null for a whole file
 */
record InputFile(
    Path path,
    Resource resource,
    String fingerprint,
    long rows,
    List<String> columns,
    String mapping,
    Resource part) {
  static InputFile scan(Path path, Resource resource, ColumnMapping mapping) throws IOException {
    long[] lines = new long[1];
    String fingerprint = fingerprint(path, lines);
    try (RowReader reader = RowReader.open(path, mapping)) {
      if (reader instanceof CsvRows csv) {
        return new InputFile(
            path, resource, fingerprint, Math.max(0, lines[0] - 1), csv.header(), "", null);
      }
      // JSON rows each have their own fields: every one is read for the columns.
      long rows = 0;
      Set<String> columns = new LinkedHashSet<>();
      while (reader.hasNext()) {
        columns.addAll(reader.next().columns().keySet());
        rows++;
      }
      return new InputFile(path, resource, fingerprint, rows, List.copyOf(columns), "", null);
    }
  }

  static String fingerprint(Path path) throws IOException {
    return fingerprint(path, new long[1]);
  }

  /**
   * The file's length and CRC-32C, in hex: what tells a resumed import that the file changed. Not
   * SHA-256: the checkpoint guards against a file edited or replaced, not against a forger, and on
   * the client compiler the importer runs with (importer/zangsho-import) a SHA-256 of a large
   * export cost more CPU than reading it. Counts the file's line feeds into {@code lines[0]} on the
   * way.
   */
  private static String fingerprint(Path path, long[] lines) throws IOException {
    CRC32C crc = new CRC32C();
    long length = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        crc.update(buffer, 0, read);
        length += read;
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines[0]++;
          }
        }
      }
    }
    return "crc32c:%08x:%d".formatted(crc.getValue(), length);
  }

  /** The SHA-256 of a text's UTF-8 bytes, in hex. */
  static String sha256Hex(String text) {
    return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Never updated: each digest is a copy, which spares a provider look-up per batch's key. */
  private static final MessageDigest SHA_256;

  static {
    try {
      SHA_256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static MessageDigest newDigest() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 can be copied", e);
    }
  }

  /** A file beside the input, e.g. {@code customers.csv.failed.csv}. */
  Path beside(String suffix) {
    return path.resolveSibling(path.getFileName() + suffix);
  }

  /** A file of this part beside the input: {@code shop.csv.orders.checkpoint.jsonl}. */
  Path besideForPart(String suffix) {
    return beside(part == null ? suffix : "." + part.itemsField + suffix);
  }
}
