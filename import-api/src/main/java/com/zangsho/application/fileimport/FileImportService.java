package com.zangsho.application.fileimport;

import com.zangsho.domain.ResourceNotFoundException;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.fileimport.FailedRow;
import com.zangsho.domain.fileimport.FileImport;
import com.zangsho.domain.fileimport.FileImportLimits;
import com.zangsho.domain.fileimport.FileImportRepository;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import com.zangsho.mapping.ExportFile;
import com.zangsho.mapping.Mapping;
import com.zangsho.mapping.MappingException;
import com.zangsho.mapping.Profiles;
import com.zangsho.mapping.ResourceMapping;
import com.zangsho.mapping.Row;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports as the API offers them (docs/api.md §8a): an upload read and kept, queued for a server to
 * run ({@link ImportRunner}); the list, one import, a cancel; the failed rows beside the file's
 * own.
 */
@Stateless
public class FileImportService {
  /** The encodings an upload may name, by the names merchants use. */
  private static final Map<String, Charset> ENCODINGS =
      Map.of(
          "utf-8", StandardCharsets.UTF_8,
          "utf8", StandardCharsets.UTF_8,
          "utf-16", StandardCharsets.UTF_16,
          "big5", ExportFile.BIG5,
          "cp950", ExportFile.BIG5,
          "ms950", ExportFile.BIG5);

  @Inject FileImportRepository imports;
  @Inject FileUploads uploads;
  @Inject ImportTargets targets;

  /** What the merchant asked for, as the form gave it. */
  public record Upload(
      String resource,
      String profile,
      String mappingYaml,
      String onConflict,
      boolean dryRun,
      String encoding,
      String fileName,
      InputStream file) {}

  /**
   * A built-in profile as a client offers it: what it reads, the resources it writes (in the order
   * it writes them) and every column it reads.
   */
  public record Profile(String name, String title, List<String> resources, List<String> columns) {}

  public List<Profile> profiles() {
    return Profiles.NAMES.stream()
        .map(
            name -> {
              Mapping mapping = Profiles.load(name);
              return new Profile(
                  name,
                  mapping.title(),
                  mapping.resources().stream().map(ResourceMapping::resource).toList(),
                  List.copyOf(mapping.columns()));
            })
        .toList();
  }

  /** A resource a file may feed, and the fields a mapping may give it (alphabetical). */
  public record ResourceFields(String name, List<String> fields) {}

  /** What a mapping of one's own may write, in the order a mapping's resources are imported. */
  public List<ResourceFields> resourceFields() {
    return ResourceMapping.SEED_ORDER.stream()
        .map(
            name ->
                new ResourceFields(
                    name, ResourceMapping.FIELDS.get(name).stream().sorted().toList()))
        .toList();
  }

  /**
   * The resources an upload would write, e.g. {@code [customers, orders]} for Shopify's orders:
   * what the caller's token must be allowed to write.
   *
   * @throws ValidationException when the form does not say what the file is
   */
  public List<String> resources(Upload upload) {
    Mapping mapping = mapping(upload);
    if (mapping == null) {
      return List.of(upload.resource());
    }
    return mapping.resources().stream().map(ResourceMapping::resource).toList();
  }

  /**
   * Reads the file to its end and keeps it, then queues its import.
   *
   * @throws ValidationException for a form or a file that cannot be imported
   * @throws com.zangsho.domain.fileimport.FileTooLargeException past the limits
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public JsonObject create(Caller caller, String ip, Upload upload) {
    Mapping mapping = mapping(upload);
    ConflictStrategy onConflict =
        upload.onConflict() == null || upload.onConflict().isBlank()
            ? ConflictStrategy.DEFAULT
            : ConflictStrategy.fromWireName(upload.onConflict())
                .orElseThrow(() -> invalid("on_conflict", Rule.IN));
    Charset charset = charset(upload.encoding());
    FileImport fileImport =
        new FileImport(
            new FileImport.Submitter(caller.tenantId(), caller.tokenId(), caller.tokenName(), ip),
            new FileImport.Request(
                mapping == null ? upload.resource() : null,
                blankToNull(upload.profile()),
                blankToNull(upload.mappingYaml()),
                onConflict,
                upload.dryRun(),
                charset.name(),
                upload.fileName()));
    imports.add(fileImport);
    ImportTarget<?, ?> target = mapping == null ? targets.get(upload.resource()) : null;
    fileImport.stored(uploads.store(fileImport, upload.file(), charset, mapping, target));
    return FileImportJson.of(fileImport, Instants.now());
  }

  public JsonObject get(Caller caller, long id) {
    return FileImportJson.of(find(caller, id), Instants.now());
  }

  public Page<JsonObject> list(Caller caller, PageRequest page) {
    Instant now = Instants.now();
    Page<FileImport> found = imports.list(caller.tenantId(), page);
    return found.map(i -> FileImportJson.of(i, now));
  }

  /**
   * Asks the import to stop at its next chunk's end (at once when it is queued); what landed stays.
   * An ended import is left as it is.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public JsonObject cancel(Caller caller, long id) {
    FileImport fileImport = imports.lock(caller.tenantId(), id).orElseThrow(() -> notFound(id));
    fileImport.requestCancel();
    return FileImportJson.of(fileImport, Instants.now());
  }

  /**
   * One row of the failed-rows file: the file's cells, then its line and why it failed; a row an
   * export's mapping made a customer and an order of may have failed as both.
   */
  public record FailedLine(List<String> cells, long line, List<FailedRow> failures) {}

  /** Where the failed-rows file goes: its header first, then its rows by line. */
  public interface FailedRowsOut {
    void header(List<String> columns);

    void row(FailedLine line);
  }

  /**
   * The failed rows, each with its row as the file has it (read again from the kept file, in one
   * pass beside the failures, both by line), handed on one line at a time.
   */
  public void failedRows(Caller caller, long id, FailedRowsOut out) {
    FileImport fileImport = find(caller, id);
    try (ExportFile file = StoredFile.open(imports, fileImport)) {
      out.header(file.headers());
      Iterator<Row> rows = file.iterator();
      Row[] current = {null};
      List<FailedRow> sameLine = new ArrayList<>();
      imports.failedRows(
          caller.tenantId(),
          id,
          failure -> {
            if (!sameLine.isEmpty() && sameLine.get(0).line() != failure.line()) {
              out.row(line(sameLine, current, rows));
              sameLine.clear();
            }
            sameLine.add(failure);
          });
      if (!sameLine.isEmpty()) {
        out.row(line(sameLine, current, rows));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line's cells, reading on to it: {@code current} is the last row read. */
  private static FailedLine line(List<FailedRow> failures, Row[] current, Iterator<Row> rows) {
    long line = failures.get(0).line();
    while ((current[0] == null || current[0].line() < line) && rows.hasNext()) {
      current[0] = rows.next();
    }
    List<String> cells =
        current[0] != null && current[0].line() == line ? current[0].cells() : List.of();
    return new FailedLine(cells, line, List.copyOf(failures));
  }

  private FileImport find(Caller caller, long id) {
    return imports.find(caller.tenantId(), id).orElseThrow(() -> notFound(id));
  }

  private static ResourceNotFoundException notFound(long id) {
    return new ResourceNotFoundException("import", id);
  }

  /**
   * The mapping an upload names, or null when its columns are a resource's fields.
   *
   * @throws ValidationException unless exactly one of resource, profile and mapping is given, and
   *     that one is usable
   */
  private Mapping mapping(Upload upload) {
    List<String> given = new ArrayList<>();
    if (blankToNull(upload.resource()) != null) {
      given.add("resource");
    }
    if (blankToNull(upload.profile()) != null) {
      given.add("profile");
    }
    if (blankToNull(upload.mappingYaml()) != null) {
      given.add("mapping");
    }
    if (given.size() != 1) {
      throw new ValidationException(
          Violation.of("resource", Rule.EXACTLY_ONE_OF, "profile, mapping"));
    }
    if (given.get(0).equals("resource")) {
      if (targets.named(upload.resource()).isEmpty()) {
        throw invalid("resource", Rule.IN);
      }
      return null;
    }
    if (given.get(0).equals("profile") && !Profiles.NAMES.contains(upload.profile())) {
      throw invalid("profile", Rule.IN);
    }
    if (upload.mappingYaml() != null
        && upload.mappingYaml().getBytes(StandardCharsets.UTF_8).length
            > FileImportLimits.MAX_MAPPING_BYTES) {
      throw new ValidationException(
          Violation.of("mapping", Rule.MAX_KILOBYTES, FileImportLimits.MAX_MAPPING_BYTES / 1024));
    }
    try {
      return StoredFile.mapping(blankToNull(upload.profile()), blankToNull(upload.mappingYaml()));
    } catch (MappingException e) {
      throw new ValidationException(Violation.of(given.get(0), Rule.MAPPING, e.getMessage()));
    }
  }

  private static Charset charset(String encoding) {
    if (encoding == null || encoding.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    Charset charset = ENCODINGS.get(encoding.strip().toLowerCase(Locale.ROOT));
    if (charset == null) {
      throw invalid("encoding", Rule.IN);
    }
    return charset;
  }

  private static ValidationException invalid(String field, Rule rule) {
    return new ValidationException(Violation.of(field, rule));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
