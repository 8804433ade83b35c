package com.zangsho.importer;

import com.zangsho.mapping.ExportFile;
import com.zangsho.mapping.ExportFileException;
import com.zangsho.mapping.Mapping;
import com.zangsho.mapping.MappingException;
import com.zangsho.mapping.Profiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    subcommands = ProfilesCommand.class,
    mixinStandardHelpOptions = true,
    version = "zangsho-import 0.1.0",
    sortOptions = false,
    description = {
      "Imports CSV, JSON and JSON Lines files into a Zangsho server through its batch API.",
      "Files run in order: customers, orders, subscriptions, events. An interrupted import resumes"
          + " when the same command runs again (a checkpoint lies beside each file).",
      "A platform's export goes in as it is with --profile NAME --file FILE (zangsho-import"
          + " profiles lists them), or with a mapping of one's own (--mapping FILE.yaml).",
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
  static final String AUTO = "auto";

  @Option(names = "--url", description = "The server, e.g. http://localhost:8080")
  URI url;

  @Option(
      names = "--token",
      defaultValue = "${env:ZANGSHO_TOKEN}",
      description = "API token (default: the ZANGSHO_TOKEN environment variable)")
  String token;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "A built-in mapping of a platform's export (zangsho-import profiles lists them), or"
              + " auto: the one the file's headers fit")
  String profile;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "An export, with --profile or --mapping: the resources it feeds, in order")
  Path exportFile;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description =
          "An export's encoding: utf-8, utf-16 or big5 (cp950); default: detected from its bytes")
  String encoding;

  @Option(
      names = "--preview",
      description =
          "Show the mapping, the first rows mapped and the columns nobody maps, then the server's"
              + " dry run of the whole file; write nothing")
  boolean preview;

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
      description =
          "A mapping: a .yaml/.yml/.json file as the built-in profiles are written (README,"
              + " \"Bring the export you have\"), or a file of COLUMN=FIELD lines, as --map")
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
    boolean exports = profile != null || isMappingFile(mappingFile);
    ColumnMapping mapping = ColumnMapping.none();
    List<ExportImport> opened = new ArrayList<>();
    try {
      if (exports) {
        opened = openExports(files, charset(), out);
      } else {
        mapping = ColumnMapping.of(maps, mappingFile);
      }
    } catch (IllegalArgumentException | MappingException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (ExportImport.WrongFile | ExportFileException e) {
      err.println("zangsho-import: " + e.getMessage());
      return BAD_ARGUMENTS;
    }
    boolean terminal = System.console() != null;
    ApiClient.keepConnections(concurrency);
    ApiClient client =
        new ApiClient(
            url.toString().endsWith("/") ? url : URI.create(url + "/"),
            token,
            new Pacer(concurrency, Pacer.Clock.SYSTEM),
            retries);
    FileImport.Options options =
        new FileImport.Options(onConflict.name(), dryRun || preview, batchSize, concurrency);
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
      for (ExportImport export : opened) {
        if (preview) {
          Preview.print(out, export);
        }
        results.addAll(export.run(options, client, err, terminal, restart));
      }
      if (!exports) {
        for (Map.Entry<Resource, Path> entry : files.entrySet()) {
          InputFile file = InputFile.scan(entry.getValue(), entry.getKey(), mapping);
          ColumnMapping columns = mapping;
          try (CsvReport failedRows = CsvReport.failedRows(file)) {
            results.add(
                new FileImport(
                        file,
                        options,
                        () -> RowReader.open(file.path(), columns),
                        failedRows,
                        client)
                    .run(err, terminal, restart));
          }
        }
      }
    } catch (Checkpoint.Mismatch | ApiClient.Refused | ExportFileException e) {
      // An export that cannot be read is found while it is mapped, before its rows are sent.
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
    if (preview) {
      out.println("The server's dry run of the whole file (nothing was written):");
    }
    Summary.print(out, results);
    if (preview) {
      printFirstFailures(out, opened);
    }
    if (summary != null) {
      Summary.write(summary, results, client.stats(), exit);
    }
    return exit;
  }

  private static void printFirstFailures(PrintStream out, List<ExportImport> exports) {
    for (ExportImport export : exports) {
      List<String> failures = export.firstFailures();
      out.printf(
          "%n%s: %s%n",
          export.path().getFileName(),
          failures.isEmpty()
              ? "the dry run found no row the server would refuse"
              : "the first rows the server would refuse:");
      failures.forEach(failure -> out.println("  " + failure));
      if (failures.stream().anyMatch(failure -> failure.contains(": customer_not_found: "))
          && export.mapping().resources().size() > 1) {
        out.println(
            "  (a dry run creates no customers: a record whose customer this file's own"
                + " customers create is found when it is imported)");
      }
    }
  }

  /**
   * The exports to import through a profile or a mapping file, in the order they run: {@code
   * --file} (every resource its mapping feeds), then each of {@code --customers} … (that resource
   * only). Each is refused at its headers if it is not a file its mapping reads.
   */
  private List<ExportImport> openExports(
      Map<Resource, Path> files, Charset charset, PrintStream out)
      throws IOException, ExportImport.WrongFile {
    Map<Path, Resource> exports = new LinkedHashMap<>();
    if (exportFile != null) {
      exports.put(exportFile, null);
    }
    files.forEach((resource, path) -> exports.put(path, resource));
    List<ExportImport> opened = new ArrayList<>();
    for (Map.Entry<Path, Resource> export : exports.entrySet()) {
      Path path = export.getKey();
      String name;
      byte[] yaml;
      if (profile == null) {
        name = mappingFile.getFileName().toString();
        yaml = Files.readAllBytes(mappingFile);
      } else {
        name = AUTO.equals(profile) ? detected(path, charset, out) : profile;
        yaml = Profiles.yaml(name);
        name = "profile " + name;
      }
      Mapping mapping = Mapping.read(new ByteArrayInputStream(yaml));
      opened.add(ExportImport.open(path, mapping, name, yaml, charset, export.getValue()));
    }
    return opened;
  }

  /** The profile a file's headers fit, said aloud. */
  private static String detected(Path path, Charset charset, PrintStream out)
      throws IOException, ExportImport.WrongFile {
    List<String> headers;
    try (ExportFile file = ExportFile.open(path, charset)) {
      headers = file.headers();
    }
    String name =
        Profiles.detect(headers)
            .orElseThrow(
                () ->
                    new ExportImport.WrongFile(
                        "no built-in profile reads "
                            + path.getFileName()
                            + "'s columns ("
                            + String.join(", ", headers)
                            + "); write a mapping for it and give --mapping FILE.yaml"));
    out.printf("%s: profile %s, from its headers%n", path.getFileName(), name);
    return name;
  }

  /** The named encoding, or null to detect it. */
  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    String name = encoding.strip().toLowerCase(Locale.ROOT);
    return name.equals("big5") || name.equals("cp950") || name.equals("ms950")
        ? ExportFile.BIG5
        : Charset.forName(name);
  }

  private static boolean isMappingFile(Path path) {
    String name = path == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
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
    if (url == null) {
      return "give --url, the server";
    }
    boolean exports = profile != null || isMappingFile(mappingFile);
    if (files.isEmpty() && exportFile == null) {
      return "give --file with --profile or --mapping, or at least one of --customers, --orders,"
          + " --subscriptions, --events";
    }
    if (profile != null && mappingFile != null) {
      return "give --profile or --mapping, not both";
    }
    if (exports && !maps.isEmpty()) {
      return "--map renames a column of a file of the API's own fields; a profile or mapping"
          + " file says where every field comes from";
    }
    if (!exports && exportFile != null) {
      return "--file is an export read by a mapping: give --profile NAME (or auto) or --mapping"
          + " FILE.yaml";
    }
    if (!exports && (preview || encoding != null)) {
      return (preview ? "--preview" : "--encoding")
          + " is for an export read by a profile or mapping (--profile, --mapping FILE.yaml);"
          + " a file of the API's own fields is UTF-8, and --dry-run checks it";
    }
    if (encoding != null) {
      try {
        charset();
      } catch (IllegalArgumentException e) {
        return "--encoding " + encoding + " is not an encoding: utf-8, utf-16 or big5";
      }
    }
    if (exportFile != null && !Files.isReadable(exportFile)) {
      return "cannot read " + exportFile;
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
