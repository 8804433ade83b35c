package com.zangsho.importer;

import com.zangsho.mapping.ExportFile;
import com.zangsho.mapping.Mapping;
import com.zangsho.mapping.MappingEngine;
import com.zangsho.mapping.Profiles;
import com.zangsho.mapping.ResourceMapping;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A platform's export imported through a mapping (a built-in profile or one's own): refused at its
 * headers when it lacks a column the mapping needs, before any row is sent; then each resource it
 * feeds, in the seed's order, mapped and imported as a part with its own checkpoint, all parts
 * sharing one failed-rows file with the export's own columns.
 */
final class ExportImport {
  /** Thrown when the file is not one the mapping reads. */
  static final class WrongFile extends Exception {
    WrongFile(String message) {
      super(message);
    }
  }

  private final Path path;
  private final Mapping mapping;
  private final String mappingName;
  private final String mappingId;
  private final Charset encoding;
  private final List<String> headers;
  private List<String> firstFailures = List.of();

  private ExportImport(
      Path path,
      Mapping mapping,
      String mappingName,
      String mappingId,
      Charset encoding,
      List<String> headers) {
    this.path = path;
    this.mapping = mapping;
    this.mappingName = mappingName;
    this.mappingId = mappingId;
    this.encoding = encoding;
    this.headers = headers;
  }

  /**
   * @param mappingName how the user named the mapping ({@code profile shopify-orders}, a file)
   * @param mappingText its YAML, whose hash ties a checkpoint to it
   * @param encoding the file's encoding, or null to detect it
   * @param only the resources to import (a file given as {@code --customers}), or null for all
   * @throws WrongFile when the file lacks a column the mapping needs, naming them (and the profile
   *     that fits the file, if one does)
   */
  static ExportImport open(
      Path path,
      Mapping mapping,
      String mappingName,
      byte[] mappingText,
      Charset encoding,
      Resource only)
      throws IOException, WrongFile {
    Mapping used = mapping;
    if (only != null) {
      used =
          new Mapping(
              mapping.title(),
              mapping.resources().stream()
                  .filter(resource -> resource.resource().equals(only.itemsField))
                  .toList());
      if (used.resources().isEmpty()) {
        throw new WrongFile(mappingName + " maps no " + only.itemsField);
      }
    }
    List<String> headers;
    Charset detected;
    try (ExportFile file = ExportFile.open(path, encoding)) {
      headers = file.headers();
      detected = file.encoding();
    }
    List<String> missing = used.missing(headers);
    if (!missing.isEmpty()) {
      String fits =
          Profiles.detect(headers)
              .map(profile -> "; its columns are those of --profile " + profile)
              .orElse("");
      throw new WrongFile(
          "%s is not a file %s reads: it has no column %s%s"
              .formatted(
                  path.getFileName(),
                  mappingName,
                  String.join(", ", missing.stream().map(c -> "\"" + c + "\"").toList()),
                  fits));
    }
    String id =
        mappingName
            + " sha256:"
            + InputFile.sha256Hex(new String(mappingText, StandardCharsets.UTF_8));
    return new ExportImport(path, used, mappingName, id, detected, headers);
  }

  Path path() {
    return path;
  }

  String mappingName() {
    return mappingName;
  }

  Mapping mapping() {
    return mapping;
  }

  Charset encoding() {
    return encoding;
  }

  List<String> headers() {
    return headers;
  }

  /** The first rows the last run failed, as {@code line N: reason: message}. */
  List<String> firstFailures() {
    return firstFailures;
  }

  /** One resource's records, mapped in a pass over the file. */
  MappingEngine.Result map(ResourceMapping resource) throws IOException {
    try (ExportFile file = ExportFile.reopen(path, encoding)) {
      return new MappingEngine(mapping).map(resource, file);
    }
  }

  /** Imports every part, customers first. */
  List<FileResult> run(
      FileImport.Options options,
      ApiClient client,
      PrintStream console,
      boolean terminal,
      boolean restart)
      throws IOException,
          InterruptedException,
          Checkpoint.Mismatch,
          ApiClient.Refused,
          ApiClient.Unreachable {
    String fingerprint = InputFile.fingerprint(path);
    Map<String, OptionalLong> customerIds = new HashMap<>();
    List<FileResult> results = new ArrayList<>();
    try (MappedFailedRows failedRows = new MappedFailedRows(path, encoding, mapping)) {
      for (ResourceMapping part : mapping.resources()) {
        Resource resource = Resource.named(part.resource());
        MappingEngine.Result mapped = map(part);
        InputFile file =
            new InputFile(
                path,
                resource,
                fingerprint,
                MappedRows.count(mapped),
                headers,
                mappingId,
                resource);
        failedRows.resource(resource);
        try {
          results.add(
              new FileImport(
                      file,
                      options,
                      () -> new MappedRows(mapped, client, customerIds),
                      failedRows,
                      client)
                  .run(console, terminal, restart));
        } catch (MappedRows.LookUpFailed e) {
          rethrow(e.getCause());
        }
      }
      firstFailures = failedRows.first();
    }
    return results;
  }

  private static void rethrow(Throwable cause)
      throws ApiClient.Refused, ApiClient.Unreachable, InterruptedException {
    if (cause instanceof ApiClient.Refused refused) {
      throw refused;
    }
    if (cause instanceof ApiClient.Unreachable unreachable) {
      throw unreachable;
    }
    throw (InterruptedException) cause;
  }
}
