package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command-line importer ({@code importer/target/zangsho-import.jar}) as a user runs it: a
 * process of its own with a 256 MiB heap, the token in {@code ZANGSHO_TOKEN}, a JSON summary and
 * its output kept in a scratch directory.
 */
final class ImporterProcess {
  static final Path JAR = Path.of(System.getProperty("importer.jar"));

  private final URL base;
  private final Path dir;

  ImporterProcess(URL base, Path dir) {
    this.base = base;
    this.dir = dir;
  }

  /** What a finished importer process left: its exit code, its output and its JSON summary. */
  record Run(int exit, String output, JsonObject summary) {
    JsonObject file(int index) {
      return summary.getJsonArray("files").getJsonObject(index);
    }

    long count(int file, String what) {
      return file(file).getJsonNumber(what).longValue();
    }
  }

  Process start(Api api, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-jar");
    command.add(JAR.toString());
    command.add("--url");
    command.add(base.toString());
    command.add("--summary");
    command.add(dir.resolve("summary.json").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("output.txt").toFile());
    builder.environment().put("ZANGSHO_TOKEN", api.token());
    return builder.start();
  }

  Run run(Api api, String... args) throws Exception {
    Process process = start(api, args);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the importer finished");
    String output = Files.readString(dir.resolve("output.txt"));
    Path summary = dir.resolve("summary.json");
    JsonObject json = null;
    if (Files.exists(summary)) {
      try (JsonReader reader = Json.createReader(new StringReader(Files.readString(summary)))) {
        json = reader.readObject();
      }
      Files.delete(summary);
    }
    return new Run(process.exitValue(), output, json);
  }

  /** The {@code meta.total} of a list. */
  static long total(Api api, String path) {
    return api.get(path)
        .expect(200)
        .json()
        .getJsonObject("meta")
        .getJsonNumber("total")
        .longValue();
  }
}
