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

/**
 * An input file, or the part of an export that feeds one resource, as a first pass over it finds
 * it: the SHA-256 of its bytes (what a checkpoint is tied to), its rows (the progress bar's total)
 * and every column any row has, in order of first appearance (the failed-rows file's header).
 *
 * @param mapping what made its items, as a checkpoint compares it: empty for a file of the API's
 *     fields, else the mapping's name and the SHA-256 of its text
 * @param part the resource a mapped export's part feeds (its checkpoint and dry-run report are its
 *     own), or null for a whole file
 */
record InputFile(
    Path path,
    Resource resource,
    String sha256,
    long rows,
    List<String> columns,
    String mapping,
    Resource part) {
  static InputFile scan(Path path, Resource resource, ColumnMapping mapping) throws IOException {
    String sha256 = sha256(path);
    long rows = 0;
    Set<String> columns = new LinkedHashSet<>();
    try (RowReader reader = RowReader.open(path, mapping)) {
      while (reader.hasNext()) {
        columns.addAll(reader.next().columns().keySet());
        rows++;
      }
    }
    return new InputFile(path, resource, sha256, rows, List.copyOf(columns), "", null);
  }

  static String sha256(Path path) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of a text's UTF-8 bytes, in hex. */
  static String sha256Hex(String text) {
    return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
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
