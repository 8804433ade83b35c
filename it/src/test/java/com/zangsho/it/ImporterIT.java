package com.zangsho.it;

import static com.zangsho.it.ImporterProcess.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zangsho.it.ImporterProcess.Run;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line importer ({@code importer/target/zangsho-import.jar}) run as a user runs it, a
 * real process against the deployed server: the README's samples, a rerun, a {@code kill -9}
 * mid-file and the resume, a failed-rows file fixed and imported again, and the default token's
 * rate limit met by pacing rather than by 429s.
 */
class ImporterIT extends DeployedEarTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir"));

  @TempDir Path dir;

  private ImporterProcess importer;

  @BeforeEach
  void importer() {
    importer = new ImporterProcess(base, dir);
  }

  private Process start(Api api, String... args) throws IOException {
    return importer.start(api, args);
  }

  private Run run(Api api, String... args) throws Exception {
    return importer.run(api, args);
  }

  private Path copy(String sample) throws IOException {
    return Files.copy(
        SAMPLES.resolve(sample), dir.resolve(sample), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theSamplesImportInTheSeedsOrderAndARerunFindsEverythingThere() throws Exception {
    Api api = Api.newTenant(base, "importer-samples-" + UUID.randomUUID());
    String[] files = {
      "--customers", copy("customers.csv").toString(),
      "--orders", copy("orders.csv").toString(),
      "--subscriptions", copy("subs.jsonl").toString(),
      "--events", copy("events.json").toString()
    };

    Run first = run(api, files);

    assertEquals(0, first.exit(), first.output());
    assertEquals(
        List.of(6L, 6L, 4L, 5L),
        List.of(
            first.count(0, "created"),
            first.count(1, "created"),
            first.count(2, "created"),
            first.count(3, "created")));
    assertEquals(7, total(api, "/v1/customers"), "six, and the one an order named by a new e-mail");
    assertEquals(6, total(api, "/v1/orders"));
    assertEquals(4, total(api, "/v1/subscriptions"));
    assertEquals(5, total(api, "/v1/subscriptions/events"));
    JsonObject huang =
        api.get("/v1/customers?search=huang.yating")
            .expect(200)
            .json()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals("兩行備註:\n第二行", huang.getJsonObject("metadata").getString("note"));
    assertTrue(first.output().contains("customers.csv"), "the summary table names each file");

    Run again = run(api, files);

    assertEquals(0, again.exit(), again.output());
    for (int file = 0; file < 4; file++) {
      assertEquals(
          0,
          again.count(file, "created")
              + again.count(file, "updated")
              + again.count(file, "failed"));
      assertEquals(again.count(file, "rows"), again.count(file, "skipped"));
    }
    assertEquals(7, total(api, "/v1/customers"));
  }

  @Test
  void aKilledImportResumesToExactlyTheRowsOfACleanRun() throws Exception {
    Api api = Api.newTenant(base, "importer-kill-" + UUID.randomUUID(), 100_000);
    int rows = 20_000;
    Path csv = dir.resolve("many.csv");
    StringBuilder text = new StringBuilder("email,name,metadata.n\n");
    for (int i = 0; i < rows; i++) {
      text.append("kill")
          .append(i)
          .append("@example.com,客戶")
          .append(i)
          .append(',')
          .append(i)
          .append('\n');
    }
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    Path checkpoint = dir.resolve("many.csv.checkpoint.jsonl");

    Process first = start(api, "--customers", csv.toString(), "--concurrency", "2");
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (acknowledged(checkpoint) < 20 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(first.isAlive(), "still importing when killed");
    first.destroyForcibly(); // SIGKILL: no shutdown hook, no last write
    first.waitFor();
    long before = total(api, "/v1/customers");
    assertTrue(before > 0 && before < rows, "stopped part-way: " + before);

    Run resumed = run(api, "--customers", csv.toString(), "--concurrency", "2");

    assertEquals(0, resumed.exit(), resumed.output());
    assertTrue(resumed.output().contains("resuming"), resumed.output());
    assertEquals(
        rows, resumed.count(0, "created"), "every row counted created once, across both runs");
    assertEquals(0, resumed.count(0, "skipped") + resumed.count(0, "failed"));
    // total is exact only up to 10,000 rows past the page: the walk below counts them all.
    Set<String> emails = new HashSet<>();
    String cursor = null;
    do {
      JsonObject page =
          api.get("/v1/customers?per_page=100" + (cursor == null ? "" : "&cursor=" + cursor))
              .expect(200)
              .json();
      page.getJsonArray("data").forEach(c -> emails.add(c.asJsonObject().getString("email")));
      JsonObject meta = page.getJsonObject("meta");
      cursor = meta.isNull("next_cursor") ? null : meta.getString("next_cursor");
    } while (cursor != null);
    assertEquals(rows, emails.size());
    assertTrue(emails.contains("kill0@example.com") && emails.contains("kill19999@example.com"));
  }

  private static long acknowledged(Path checkpoint) throws IOException {
    return Files.exists(checkpoint) ? Files.readAllLines(checkpoint).size() - 1 : 0;
  }

  @Test
  void failedRowsComeBackWithTheirColumnsAndOnceFixedImportCleanly() throws Exception {
    Api api = Api.newTenant(base, "importer-failed-" + UUID.randomUUID());
    Path csv = dir.resolve("customers.csv");
    Files.writeString(
        csv,
        "email,name,metadata.tier\n"
            + "ok1@example.com,好,gold\n"
            + "not-an-email,壞一,silver\n"
            + "ok2@example.com,\"多,行\n名字\",\n"
            + "also bad,壞二,\n"
            + "ok3@example.com,好,,extra cell\n",
        StandardCharsets.UTF_8);

    Run dryRun = run(api, "--customers", csv.toString(), "--dry-run");
    assertEquals(1, dryRun.exit(), dryRun.output());
    assertEquals(0, total(api, "/v1/customers"), "a dry run writes nothing");
    List<String> report = Files.readAllLines(dir.resolve("customers.csv.dry-run.csv"));
    assertEquals("line,outcome,reason,message", report.get(0));
    // Rows are reported as their batches come back: an unreadable row before its batch's rows.
    assertTrue(report.contains("2,created,,"), report.toString());
    assertTrue(
        report.stream().anyMatch(l -> l.startsWith("3,failed,validation_error,")),
        report.toString());
    assertTrue(
        report.stream().anyMatch(l -> l.startsWith("7,failed,unreadable,")), report.toString());

    Run run = run(api, "--customers", csv.toString());

    assertEquals(1, run.exit(), "rows failed: " + run.output());
    assertEquals(2, run.count(0, "created"));
    assertEquals(3, run.count(0, "failed"));
    Path failed = dir.resolve("customers.csv.failed.csv");
    List<String> lines = Files.readAllLines(failed);
    assertEquals("email,name,metadata.tier,line,reason,message", lines.get(0));
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("not-an-email,壞一,silver,3,validation_error,")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("also bad,壞二,,6,validation_error,")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains(",7,unreadable,")),
        "the row with an extra cell, by its line: " + lines);

    String fixed =
        Files.readString(failed)
            .replace("not-an-email", "fixed1@example.com")
            .replace("also bad", "fixed2@example.com");
    Files.writeString(failed, fixed);
    Path again = Files.move(failed, dir.resolve("fixed.csv"));

    Run second = run(api, "--customers", again.toString());

    assertEquals(0, second.exit(), second.output() + fixed);
    assertEquals(3, second.count(0, "created"));
    assertEquals(5, total(api, "/v1/customers"));
    assertEquals(
        "silver",
        api.get("/v1/customers?search=fixed1")
            .expect(200)
            .json()
            .getJsonArray("data")
            .getJsonObject(0)
            .getJsonObject("metadata")
            .getString("tier"));
  }

  @Test
  void theDefaultRateLimitIsMetByPacingNotBy429s() throws Exception {
    Api api = Api.newTenant(base, "importer-paced-" + UUID.randomUUID());
    Path csv = dir.resolve("paced.csv");
    StringBuilder text = new StringBuilder("email\n");
    int batches = 75; // the default token has 60 a minute
    for (int i = 0; i < batches * 10; i++) {
      text.append("paced").append(i).append("@example.com\n");
    }
    Files.writeString(csv, text);

    Run run = run(api, "--customers", csv.toString(), "--batch-size", "10", "--concurrency", "4");

    assertEquals(0, run.exit(), run.output());
    assertEquals(batches * 10L, run.count(0, "created"));
    long requests = run.summary().getJsonNumber("requests").longValue();
    long throttled = run.summary().getJsonNumber("throttled_requests").longValue();
    assertTrue(
        throttled * 100 < requests, throttled + " of " + requests + " requests answered 429");
    assertFalse(run.output().contains("Exception"), run.output());
  }
}
