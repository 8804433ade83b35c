package com.zangsho.application.fileimport;

import com.zangsho.domain.fileimport.FileImport;
import com.zangsho.domain.fileimport.FileImportLimits;
import com.zangsho.domain.fileimport.FileImportRepository;
import com.zangsho.domain.fileimport.FileTooLargeException;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import com.zangsho.mapping.ExportFile;
import com.zangsho.mapping.ExportFileException;
import com.zangsho.mapping.Mapping;
import com.zangsho.mapping.Row;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reads an upload once, to its end, as it arrives: every byte into the database's parts, every row
 * through the CSV reader, so that what is kept is a file its import can read. Refuses, reading no
 * further, a file over the limits (413) and one that is not CSV text in its encoding, has no data
 * row, or lacks the columns its import needs (422); the caller's transaction then keeps nothing of
 * it.
 */
@Dependent
public class FileUploads {
  static final String FIELD = "file";
  private static final int SNIFFED_BYTES = 8 * 1024;
  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  @Inject FileImportRepository imports;

  /**
   * @param fileImport the import, added, so that its parts have its id
   * @param mapping its mapping, or null when the columns are {@code target}'s fields
   */
  FileImport.Stored store(
      FileImport fileImport,
      InputStream body,
      Charset charset,
      Mapping mapping,
      ImportTarget<?, ?> target) {
    PartSink sink = new PartSink(imports, fileImport.getId());
    BufferedInputStream in = new BufferedInputStream(new Kept(body, sink), 64 * 1024);
    try {
      sniff(in);
      StoredFile.skipBom(in, charset);
      var decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ExportFile file;
      try {
        file =
            ExportFile.read(
                StoredFile.name(fileImport), charset, new InputStreamReader(in, decoder));
      } catch (ExportFileException e) {
        throw unreadable(e, 1, charset);
      } catch (CharacterCodingException e) {
        throw notIn(charset, "1");
      }
      requireColumns(file.headers(), mapping, target);
      long rows = 0;
      try {
        for (Row ignored : file) {
          if (++rows > FileImportLimits.MAX_ROWS) {
            throw new FileTooLargeException(
                FileTooLargeException.Limit.ROWS, FileImportLimits.MAX_ROWS);
          }
        }
      } catch (ExportFileException e) {
        throw unreadable(e, -1, charset);
      }
      if (rows == 0) {
        throw new ValidationException(Violation.of(FIELD, Rule.FILE_NO_ROWS));
      }
      in.transferTo(OutputStream.nullOutputStream());
      String sha256 = sink.finish();
      return new FileImport.Stored(
          sink.bytes(), rows, sha256, sink.parts(), headerCsv(file.headers()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses what is plainly not CSV text: nothing at all, an archive, a binary file. */
  private static void sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFFED_BYTES);
    byte[] head = in.readNBytes(SNIFFED_BYTES);
    in.reset();
    if (head.length == 0) {
      throw new ValidationException(Violation.of(FIELD, Rule.FILE_EMPTY));
    }
    String looksLike = looksLike(head);
    if (looksLike != null) {
      throw new ValidationException(Violation.of(FIELD, Rule.FILE_NOT_CSV, looksLike));
    }
  }

  private static String looksLike(byte[] head) {
    if (startsWith(head, 'P', 'K', 3, 4)) {
      return "a ZIP archive (an Excel .xlsx is one: save it as CSV)";
    }
    if (startsWith(head, 0x1F, 0x8B)) {
      return "a gzip archive";
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return "a PDF";
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "an Excel .xls workbook";
    }
    boolean utf16 = startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE);
    for (byte b : head) {
      if (b == 0 && !utf16) {
        return "binary data";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static void requireColumns(
      List<String> headers, Mapping mapping, ImportTarget<?, ?> target) {
    if (mapping != null) {
      List<String> missing = mapping.missing(headers);
      if (!missing.isEmpty()) {
        throw new ValidationException(
            Violation.of(FIELD, Rule.FILE_COLUMNS, String.join(", ", missing)));
      }
      return;
    }
    List<String> fields = target.fields();
    boolean any = headers.stream().anyMatch(h -> fields.contains(h) || h.startsWith("metadata."));
    if (!any) {
      throw new ValidationException(
          Violation.of(
              FIELD,
              Rule.FILE_COLUMNS,
              "one or more of " + String.join(", ", fields) + " (" + target.resource() + ")"));
    }
  }

  /**
   * A file that stopped being readable: a line not in its encoding (often a Big5 file sent as
   * UTF-8), or a quote that never closes.
   *
   * @param line the line, when the failure's own message does not say it
   */
  private static ValidationException unreadable(ExportFileException e, long line, Charset charset) {
    if (e.getCause() instanceof CharacterCodingException) {
      return notIn(charset, line > 0 ? String.valueOf(line) : lineOf(e.getMessage()));
    }
    return new ValidationException(Violation.of(FIELD, Rule.FILE_UNREADABLE, e.getMessage()));
  }

  private static ValidationException notIn(Charset charset, String line) {
    return new ValidationException(
        Violation.of(FIELD, Rule.FILE_ENCODING, line, charset.displayName()));
  }

  /** The line an {@link ExportFile} message names ({@code name: line 12 cannot be read ...}). */
  private static String lineOf(String message) {
    Matcher matcher = LINE.matcher(message);
    return matcher.find() ? matcher.group(1) : "?";
  }

  private static String headerCsv(List<String> headers) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
      printer.printRecord(headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().stripTrailing();
  }

  /** The upload as it is read, each byte kept on its way through. */
  private static final class Kept extends FilterInputStream {
    private final PartSink sink;

    Kept(InputStream body, PartSink sink) {
      super(body);
      this.sink = sink;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        sink.write(buffer, offset, n);
      }
      return n;
    }
  }
}
