package com.zangsho.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Imports one file: reads its rows in order, cuts them into batches, sends up to {@code
 * concurrency} batches at once (each already acknowledged in the checkpoint is not sent again), and
 * records every row's outcome: the counts, the failed-rows file, the checkpoint, the progress.
 * Memory holds at most twice {@code concurrency} batches, whatever the file's size.
 *
 * <p>With more than one worker, batches of one file may be applied in any order: a file that
 * updates one key in several rows is imported as written with {@code --concurrency 1}.
 */
final class FileImport {
  /** What shapes the requests; a resumed run must have the same ones. */
  record Options(String onConflict, boolean dryRun, int batchSize, int concurrency) {
    String fingerprint(InputFile file) {
      return "resource=%s batch_size=%d on_conflict=%s%s"
          .formatted(
              file.resource().itemsField,
              batchSize,
              onConflict,
              file.mapping().isEmpty() ? "" : " mapping=" + file.mapping());
    }
  }

  /** Opens the file's rows, as many times as asked. */
  interface Rows {
    RowReader open() throws IOException;
  }

  private final InputFile file;
  private final Options options;
  private final Rows rows;
  private final FailedRows failedRows;
  private final ApiClient client;
  private final Map<BatchOutcome.Kind, Long> counts = new EnumMap<>(BatchOutcome.Kind.class);
  private final AtomicReference<Exception> fatal = new AtomicReference<>();

  /**
   * @param failedRows where failed rows go; the caller closes it (an export's parts share one)
   */
  FileImport(InputFile file, Options options, Rows rows, FailedRows failedRows, ApiClient client) {
    this.file = file;
    this.options = options;
    this.rows = rows;
    this.failedRows = failedRows;
    this.client = client;
    for (BatchOutcome.Kind kind : BatchOutcome.Kind.values()) {
      counts.put(kind, 0L);
    }
  }

  FileResult run(PrintStream console, boolean terminal, boolean restart)
      throws IOException,
          InterruptedException,
          Checkpoint.Mismatch,
          ApiClient.Refused,
          ApiClient.Unreachable {
    long start = System.nanoTime();
    Checkpoint checkpoint =
        options.dryRun() ? null : Checkpoint.open(file, options.fingerprint(file), restart);
    if (checkpoint != null && checkpoint.acknowledgedBatches() > 0) {
      console.printf(
          "%s: resuming, %d batches already acknowledged%n",
          file.path(), checkpoint.acknowledgedBatches());
    }
    ExecutorService workers = Executors.newFixedThreadPool(options.concurrency());
    Semaphore inFlight = new Semaphore(options.concurrency() * 2);
    try (CsvReport dryRunReport =
            options.dryRun()
                ? new CsvReport(
                    file.besideForPart(".dry-run.csv"),
                    List.of("line", "outcome", "reason", "message"))
                : null;
        Progress progress =
            new Progress(console, terminal, file.path().getFileName().toString(), file.rows());
        RowReader rows = this.rows.open()) {
      Reports reports = new Reports(failedRows, dryRunReport, progress);
      List<InputRow> batch = new ArrayList<>(options.batchSize());
      int index = 0;
      while (rows.hasNext() && fatal.get() == null) {
        InputRow row = rows.next();
        if (!row.readable()) {
          reports.record(List.of(row), BatchOutcome.allFailed(1, row.reason(), row.problem()));
          continue;
        }
        batch.add(row);
        if (batch.size() == options.batchSize()) {
          submit(index++, batch, checkpoint, workers, inFlight, reports);
          batch = new ArrayList<>(options.batchSize());
        }
      }
      if (!batch.isEmpty() && fatal.get() == null) {
        submit(index, batch, checkpoint, workers, inFlight, reports);
      }
      workers.shutdown();
      while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
        // Each request has its own timeout and retry limit: the workers end.
      }
      rethrowFatal();
      if (checkpoint != null) {
        checkpoint.finish();
      }
      return new FileResult(
          file.path(),
          file.resource(),
          counts.values().stream().mapToLong(Long::longValue).sum(),
          counts.get(BatchOutcome.Kind.CREATED),
          counts.get(BatchOutcome.Kind.UPDATED),
          counts.get(BatchOutcome.Kind.SKIPPED),
          counts.get(BatchOutcome.Kind.FAILED),
          (System.nanoTime() - start) / 1e9,
          failedRows.path(),
          dryRunReport == null ? null : dryRunReport.path());
    } finally {
      workers.shutdownNow();
      if (checkpoint != null) {
        checkpoint.close();
      }
    }
  }

  private void submit(
      int index,
      List<InputRow> rows,
      Checkpoint checkpoint,
      ExecutorService workers,
      Semaphore inFlight,
      Reports reports)
      throws InterruptedException {
    if (checkpoint != null) {
      var acknowledged = checkpoint.acknowledged(index);
      if (acknowledged.isPresent()) {
        reports.record(rows, acknowledged.get());
        return;
      }
    }
    inFlight.acquire();
    workers.execute(
        () -> {
          try {
            if (fatal.get() != null) {
              return; // the import is stopping: what is not sent is sent on resume
            }
            String key =
                checkpoint != null
                    ? checkpoint.idempotencyKey(file, index)
                    : "zangsho-import-dry-run:" + java.util.UUID.randomUUID();
            BatchOutcome outcome = client.send(file.resource(), body(rows), rows.size(), key);
            if (checkpoint != null) {
              checkpoint.acknowledge(index, outcome);
            }
            reports.record(rows, outcome);
          } catch (Exception e) {
            fatal.compareAndSet(null, e);
          } finally {
            inFlight.release();
          }
        });
  }

  private ObjectNode body(List<InputRow> rows) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("on_conflict", options.onConflict());
    if (options.dryRun()) {
      body.put("dry_run", true);
    }
    ArrayNode items = body.putArray(file.resource().itemsField);
    rows.forEach(row -> items.add(row.item()));
    return body;
  }

  private void rethrowFatal()
      throws InterruptedException, ApiClient.Refused, ApiClient.Unreachable, IOException {
    Exception e = fatal.get();
    if (e == null) {
      return;
    }
    if (e instanceof ApiClient.Refused refused) {
      throw refused;
    }
    if (e instanceof ApiClient.Unreachable unreachable) {
      throw unreachable;
    }
    if (e instanceof InterruptedException interrupted) {
      throw interrupted;
    }
    if (e instanceof IOException io) {
      throw io;
    }
    throw (RuntimeException) e;
  }

  /** Where rows' outcomes go: the counts, the failed rows, a dry run's report, the progress. */
  private final class Reports {
    private final FailedRows failedRows;
    private final CsvReport dryRunReport;
    private final Progress progress;

    Reports(FailedRows failedRows, CsvReport dryRunReport, Progress progress) {
      this.failedRows = failedRows;
      this.dryRunReport = dryRunReport;
      this.progress = progress;
    }

    void record(List<InputRow> rows, BatchOutcome outcome) {
      synchronized (counts) {
        for (int i = 0; i < rows.size(); i++) {
          InputRow row = rows.get(i);
          BatchOutcome.RowOutcome result = outcome.outcomes().get(i);
          counts.merge(result.kind(), 1L, Long::sum);
          if (result.kind() == BatchOutcome.Kind.FAILED) {
            failedRows.failed(row, result.reason(), result.message());
          }
          if (dryRunReport != null) {
            dryRunReport.write(
                List.of(
                    Long.toString(row.line()),
                    result.kind().wireName(),
                    result.reason() == null ? "" : result.reason(),
                    result.message() == null ? "" : result.message()));
          }
        }
      }
      progress.advance(rows.size());
    }
  }
}
