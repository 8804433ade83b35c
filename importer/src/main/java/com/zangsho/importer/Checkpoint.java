package com.zangsho.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The batches of one file the server has acknowledged, kept beside it ({@code
 * <file>.checkpoint.jsonl}) so that the same command resumes after a crash, {@code kill -9} or
 * Ctrl-C: a JSON line for the run (its id, the file's fingerprint, the options that shape the
 * requests), then a line per acknowledged batch with what the server did, appended and flushed as
 * each answer comes; a last line when the file is done. A line cut short by a kill is ignored.
 *
 * <p>Exactly once: each batch's {@code X-Idempotency-Key} is derived from the run, the file's
 * fingerprint and the batch's position ({@link #idempotencyKey}). A batch the server committed but
 * the checkpoint missed is sent again with the same key, and the server replays its first answer
 * without a second effect. A finished file's next import is a new run, with new keys: the server
 * then reports what is already there (skipped, or updated).
 */
final class Checkpoint implements Closeable {
  private final Path path;
  private final String run;
  private final Map<Integer, BatchOutcome> acknowledged;
  private final BufferedWriter out;

  private Checkpoint(
      Path path, String run, Map<Integer, BatchOutcome> acknowledged, BufferedWriter out) {
    this.path = path;
    this.run = run;
    this.acknowledged = acknowledged;
    this.out = out;
  }

  /** Thrown when an unfinished run's file or options changed and the caller did not restart. */
  static final class Mismatch extends Exception {
    Mismatch(String message) {
      super(message);
    }
  }

  /**
   * The run to continue, or a new one: an unfinished checkpoint of the same file and options is
   * resumed; a finished one, or none, starts a run; an unfinished one of a changed file or other
   * options is refused unless {@code restart}.
   *
   * @param options what shapes the requests (resource, batch size, conflict strategy)
   */
  static Checkpoint open(InputFile file, String options, boolean restart)
      throws IOException, Mismatch {
    Path path = file.besideForPart(".checkpoint.jsonl");
    Optional<Checkpoint> previous = restart ? Optional.empty() : read(path, file, options);
    if (previous.isPresent()) {
      return previous.get();
    }
    BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    Checkpoint started = new Checkpoint(path, UUID.randomUUID().toString(), new HashMap<>(), out);
    started.append(
        JsonNodeFactory.instance
            .objectNode()
            .put("run", started.run)
            .put("fingerprint", file.fingerprint())
            .put("options", options));
    return started;
  }

  private static Optional<Checkpoint> read(Path path, InputFile file, String options)
      throws IOException, Mismatch {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    JsonNode head = parse(lines.isEmpty() ? "" : lines.get(0));
    if (head == null || !head.hasNonNull("run")) {
      return Optional.empty();
    }
    Map<Integer, BatchOutcome> acknowledged = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      JsonNode entry = parse(line);
      if (entry == null) {
        continue;
      }
      if (entry.path("finished").asBoolean()) {
        return Optional.empty();
      }
      acknowledged.put(entry.path("batch").asInt(), BatchOutcome.fromJson(entry));
    }
    if (!file.fingerprint().equals(head.path("fingerprint").asText())) {
      throw new Mismatch(
          file.path()
              + " changed since the import that stopped part-way ("
              + path.getFileName()
              + "); run with --restart to import it from the start");
    }
    if (!options.equals(head.path("options").asText())) {
      throw new Mismatch(
          file.path()
              + " was being imported with other options ("
              + head.path("options").asText()
              + "); give the same ones to resume, or --restart");
    }
    BufferedWriter out =
        Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    // A kill may have cut the last line short: the next entry starts on a line of its own.
    out.newLine();
    return Optional.of(new Checkpoint(path, head.get("run").asText(), acknowledged, out));
  }

  private static JsonNode parse(String line) {
    try {
      return line.isBlank() ? null : ColumnMapping.JSON.readTree(line);
    } catch (IOException e) {
      return null;
    }
  }

  String idempotencyKey(InputFile file, int batch) {
    return "zangsho-import:" + InputFile.sha256Hex(run + "/" + file.fingerprint() + "/" + batch);
  }

  /** What the server did with the batch, when an earlier attempt of this run had its answer. */
  Optional<BatchOutcome> acknowledged(int batch) {
    return Optional.ofNullable(acknowledged.get(batch));
  }

  int acknowledgedBatches() {
    return acknowledged.size();
  }

  synchronized void acknowledge(int batch, BatchOutcome outcome) {
    acknowledged.put(batch, outcome);
    append(outcome.toJson().put("batch", batch));
  }

  synchronized void finish() {
    append(JsonNodeFactory.instance.objectNode().put("finished", true));
  }

  private void append(ObjectNode entry) {
    try {
      out.write(entry.toString());
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
