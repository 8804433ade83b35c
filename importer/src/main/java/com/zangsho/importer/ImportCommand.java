package com.zangsho.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar zangsho-import.jar}: imports whole files through the batch API, in the seed's
 * order (customers, orders, subscriptions, events), resumable, exactly once. README, "Bulk import".
 */
@Command(
    name = "zangsho-import",
    mixinStandardHelpOptions = true,
    version = "zangsho-import 0.1.0",
    sortOptions = false,
    description = {
      "Imports CSV, JSON and JSON Lines files into a Zangsho server through its batch API.",
      "Files run in order: customers, orders, subscriptions, events. An interrupted import resumes"
          + " when the same command runs again (a checkpoint lies beside each file).",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row was imported (created, updated or skipped)",
      "1:some rows failed: see each <file>.failed.csv",
      "2:bad arguments, a changed file to resume, or the token refused",
      "3:the server could not be reached",
      "130:interrupted; the same command resumes"
    })
public final class ImportCommand implements Callable<Integer> {
  static final int ROWS_FAILED = 1;
  static final int BAD_ARGUMENTS = 2;
  static final int UNREACHABLE = 3;

  @Option(names = "--url", required = true, description = "The server, e.g. http://localhost:8080")
  URI url;

  @Option(
      names = "--token",
      defaultValue = "${env:ZANGSHO_TOKEN}",
      description = "API token (default: the ZANGSHO_TOKEN environment variable)")
  String token;

  @Option(
      names = "--customers",
      paramLabel = "FILE",
      description = "Customers (.csv, .json, .jsonl)")
  Path customers;

  @Option(names = "--orders", paramLabel = "FILE", description = "Orders")
  Path orders;

  @Option(names = "--subscriptions", paramLabel = "FILE", description = "Subscriptions")
  Path subscriptions;

  @Option(names = "--events", paramLabel = "FILE", description = "Subscription events")
  Path events;

  @Option(
      names = "--on-conflict",
      defaultValue = "skip",
      description = "skip (default) or update: what a row whose key exists does")
  ConflictMode onConflict;

  @Option(names = "--dry-run", description = "Validate every row on the server; write nothing")
  boolean dryRun;

  @Option(
      names = "--concurrency",
      defaultValue = "4",
      description = "Batches in flight at once per file (default 4)")
  int concurrency;

  @Option(
      names = "--batch-size",
      defaultValue = "100",
      description = "Rows per request, 1..100 (default 100)")
  int batchSize;

  @Option(
      names = "--map",
      paramLabel = "COLUMN=FIELD",
      description = "Read a file column as an API field, e.g. --map mail=email (repeatable)")
  List<String> maps = new ArrayList<>();

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description = "A file of COLUMN=FIELD lines, as --map")
  Path mappingFile;

  @Option(
      names = "--restart",
      description = "Start over instead of resuming, even if a file changed")
  boolean restart;

  @Option(names = "--summary", paramLabel = "FILE", description = "Also write the summary as JSON")
  Path summary;

  @Option(
      names = "--retries",
      defaultValue = "8",
      description = "Attempts after a network error, 5xx or 409 before giving up (default 8)")
  int retries;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  enum ConflictMode {
    skip,
    update
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ImportCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    Map<Resource, Path> files = files();
    String problem = problem(files);
    if (problem != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), problem);
    }
    ColumnMapping mapping;
    try {
      mapping = ColumnMapping.of(maps, mappingFile);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    boolean terminal = System.console() != null;
    ApiClient client =
        new ApiClient(
            url.toString().endsWith("/") ? url : URI.create(url + "/"),
            token,
            new Pacer(concurrency, Pacer.Clock.SYSTEM),
            retries);
    FileImport.Options options =
        new FileImport.Options(onConflict.name(), dryRun, batchSize, concurrency);
    List<FileResult> results = new ArrayList<>();
    int exit = 0;
    // Ctrl-C ends the JVM with 130; the checkpoints are already on disk, batch by batch.
    Thread interrupted =
        new Thread(
            () ->
                err.println(
                    "\nzangsho-import: interrupted; run the same command to resume where it"
                        + " stopped"));
    Runtime.getRuntime().addShutdownHook(interrupted);
    try {
      for (Map.Entry<Resource, Path> entry : files.entrySet()) {
        InputFile file = InputFile.scan(entry.getValue(), entry.getKey(), mapping);
        results.add(new FileImport(file, options, mapping, client).run(err, terminal, restart));
      }
    } catch (Checkpoint.Mismatch | ApiClient.Refused e) {
      err.println("zangsho-import: " + e.getMessage());
      exit = BAD_ARGUMENTS;
    } catch (ApiClient.Unreachable e) {
      err.println("zangsho-import: " + url + " could not be reached: " + e.getMessage());
      err.println("Run the same command again to resume.");
      exit = UNREACHABLE;
    }
    Runtime.getRuntime().removeShutdownHook(interrupted);
    if (exit == 0 && results.stream().anyMatch(result -> result.failed() > 0)) {
      exit = ROWS_FAILED;
    }
    Summary.print(out, results);
    if (summary != null) {
      Summary.write(summary, results, client.stats(), exit);
    }
    return exit;
  }

  /** The files given, in the order they import. */
  private Map<Resource, Path> files() {
    Map<Resource, Path> files = new LinkedHashMap<>();
    putIfGiven(files, Resource.CUSTOMERS, customers);
    putIfGiven(files, Resource.ORDERS, orders);
    putIfGiven(files, Resource.SUBSCRIPTIONS, subscriptions);
    putIfGiven(files, Resource.EVENTS, events);
    return files;
  }

  private static void putIfGiven(Map<Resource, Path> files, Resource resource, Path path) {
    if (path != null) {
      files.put(resource, path);
    }
  }

  private String problem(Map<Resource, Path> files) {
    if (files.isEmpty()) {
      return "give at least one of --customers, --orders, --subscriptions, --events";
    }
    for (Path path : files.values()) {
      if (!Files.isReadable(path)) {
        return "cannot read " + path;
      }
    }
    if (token == null || token.isBlank()) {
      return "give --token or set ZANGSHO_TOKEN";
    }
    if (batchSize < 1 || batchSize > Resource.MAX_BATCH) {
      return "--batch-size must be 1.." + Resource.MAX_BATCH;
    }
    if (concurrency < 1 || concurrency > 64) {
      return "--concurrency must be 1..64";
    }
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      return "--url must be http:// or https://";
    }
    return null;
  }
}
