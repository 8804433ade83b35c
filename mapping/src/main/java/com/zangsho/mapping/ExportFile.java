package com.zangsho.mapping;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * An export file's rows, by header: CSV as spreadsheets and platforms save it (CRLF or LF, quoted
 * cells with commas and newlines, blanks around headers), in UTF-8 with or without a byte-order
 * mark, UTF-16 with one, or Big5 (CP950, as Excel saves it on a Traditional Chinese Windows),
 * detected or named. A file that is none of these is refused with the line of its first bad byte.
 */
public final class ExportFile implements Iterable<Row>, AutoCloseable {
  /** Windows' Big5, which Java names MS950: Big5 with Microsoft's additions, as Excel writes it. */
  public static final Charset BIG5 = Charset.forName("x-windows-950");

  private static final int SCAN_BUFFER = 64 * 1024;

  /** Commons CSV's own note of where a record began, which the message gives as a line. */
  private static final Pattern STARTLINE = Pattern.compile("^\\(startline \\d+\\) ");

  private final String name;
  private final Charset encoding;
  private final CSVParser parser;
  private final List<String> headers;

  private ExportFile(String name, Charset encoding, CSVParser parser) {
    this.name = name;
    this.encoding = encoding;
    this.parser = parser;
    this.headers = List.copyOf(parser.getHeaderNames());
  }

  /**
   * A file opened before, in the encoding it was found to be in: its bytes are not checked again.
   */
  public static ExportFile reopen(Path file, Charset encoding) throws IOException {
    return open(file, encoding, false);
  }

  /**
   * @param encoding the file's encoding, or null to detect it
   * @throws ExportFileException when the file is not text in that (or any detected) encoding, or
   *     has no header
   */
  public static ExportFile open(Path file, Charset encoding) throws IOException {
    return open(file, encoding, true);
  }

  private static ExportFile open(Path file, Charset encoding, boolean check) throws IOException {
    String name = file.getFileName().toString();
    Bom bom = Bom.of(file);
    Charset charset = encoding != null ? encoding : bom != null ? bom.charset : detect(file, name);
    // Detecting the encoding checked the bytes; a named one, or a byte-order mark's, is checked
    // here.
    if (check && (encoding != null || bom != null)) {
      requireDecodable(file, charset, name);
    }
    InputStream in = Files.newInputStream(file);
    if (bom != null && bom.charset.equals(charset)) {
      in.skipNBytes(bom.length);
    }
    return read(name, charset, new InputStreamReader(in, charset));
  }

  /**
   * A file's text, already decoded (a file the server keeps in its database, checked when it came
   * in).
   *
   * @param encoding what the text was decoded from, as {@link #encoding()} says
   * @throws ExportFileException when it has no header, or a name twice in it
   */
  public static ExportFile read(String name, Charset encoding, Reader reader) throws IOException {
    CSVParser parser;
    try {
      parser =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .setIgnoreEmptyLines(true)
              // A name twice would key one column's cells by the other's; blank names (a trailing
              // comma) read nothing.
              .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
              .get()
              .parse(reader);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      // Commons CSV refuses a header it cannot key rows by: a name twice.
      reader.close();
      throw new ExportFileException(
          name + ": " + e.getMessage(), e.getCause() != null ? e.getCause() : e);
    }
    if (parser.getHeaderNames().isEmpty()) {
      parser.close();
      throw new ExportFileException(name + ": no header line");
    }
    return new ExportFile(name, encoding, parser);
  }

  public String name() {
    return name;
  }

  public Charset encoding() {
    return encoding;
  }

  /** The header names, trimmed, in the file's order. */
  public List<String> headers() {
    return headers;
  }

  @Override
  public Iterator<Row> iterator() {
    Iterator<CSVRecord> records = parser.iterator();
    Map<String, Integer> columns = Row.index(headers.toArray(String[]::new));
    return new Iterator<>() {
      // The parser reads a record ahead when asked whether there is one, so a record's first line
      // is the line after where the previous one ended.
      private long nextStart = parser.getCurrentLineNumber() + 1;

      @Override
      public boolean hasNext() {
        try {
          return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
          // A quote that never closes: nothing after it can be told apart.
          String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
          throw new ExportFileException(
              name
                  + ": line "
                  + nextStart
                  + " cannot be read ("
                  + STARTLINE.matcher(String.valueOf(cause)).replaceFirst("")
                  + "), nor anything after it",
              e.getCause() != null ? e.getCause() : e);
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long line = nextStart;
        CSVRecord record = records.next();
        nextStart = parser.getCurrentLineNumber() + 1;
        return Row.of(name, line, columns, record.values());
      }
    };
  }

  /** Every row, read now: for a file small enough to hold (a preview, a test). */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    iterator().forEachRemaining(rows::add);
    return rows;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** UTF-8 if every byte is, else Big5 if every byte is. */
  private static Charset detect(Path file, String name) throws IOException {
    if (firstBadByte(file, StandardCharsets.UTF_8) < 0) {
      return StandardCharsets.UTF_8;
    }
    if (firstBadByte(file, BIG5) < 0) {
      return BIG5;
    }
    long at = firstBadByte(file, StandardCharsets.UTF_8);
    throw new ExportFileException(
        name
            + ": line "
            + lineOf(file, at)
            + " has a byte that is neither UTF-8 nor Big5: save it as UTF-8, or name its"
            + " encoding");
  }

  private static void requireDecodable(Path file, Charset charset, String name) throws IOException {
    long at = firstBadByte(file, charset);
    if (at >= 0) {
      throw new ExportFileException(
          name + ": line " + lineOf(file, at) + " is not " + charset.displayName() + " text");
    }
  }

  /** The offset of the first byte {@code charset} cannot decode, or -1. */
  private static long firstBadByte(Path file, Charset charset) throws IOException {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return Utf8.firstInvalidByte(file);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(SCAN_BUFFER);
    CharBuffer chars = CharBuffer.allocate(SCAN_BUFFER);
    long consumed = 0;
    try (InputStream in = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = read < 0;
        if (!end) {
          bytes.position(bytes.position() + read);
        }
        bytes.flip();
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, end);
        if (result.isError()) {
          return consumed + (bytes.position() - before);
        }
        consumed += bytes.position() - before;
        chars.clear();
        bytes.compact();
      }
      CoderResult flushed = decoder.flush(chars);
      return flushed.isError() ? consumed : -1;
    } catch (CharacterCodingException e) {
      return consumed;
    }
  }

  /** The 1-based line of the byte at {@code offset}. */
  private static long lineOf(Path file, long offset) throws IOException {
    long line = 1;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      for (long i = 0; i < offset; i++) {
        if (in.read() == '\n') {
          line++;
        }
      }
    }
    return line;
  }

  /** A byte-order mark: the encoding it names and its length. */
  public record Bom(Charset charset, int length) {
    static Bom of(Path file) throws IOException {
      byte[] head = new byte[3];
      int read;
      try (InputStream in = Files.newInputStream(file)) {
        read = in.readNBytes(head, 0, 3);
      }
      return of(head, read);
    }

    /**
     * @param head a file's first bytes, {@code read} of them
     * @return the mark they start with, or null
     */
    public static Bom of(byte[] head, int read) {
      if (read >= 3
          && (head[0] & 0xFF) == 0xEF
          && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (read >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (read >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }
  }
}
