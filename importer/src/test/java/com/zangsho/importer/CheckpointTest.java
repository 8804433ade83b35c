package com.zangsho.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
  private static final String OPTIONS = "resource=customers batch_size=100 on_conflict=skip";

  @TempDir Path dir;

  private InputFile input(String text) throws IOException {
    Path path = dir.resolve("customers.csv");
    Files.writeString(path, text);
    return InputFile.scan(path, Resource.CUSTOMERS, ColumnMapping.none());
  }

  private static BatchOutcome outcome(BatchOutcome.Kind... kinds) {
    return new BatchOutcome(
        java.util.Arrays.stream(kinds)
            .map(
                kind ->
                    new BatchOutcome.RowOutcome(
                        kind,
                        kind == BatchOutcome.Kind.FAILED ? "validation_error" : null,
                        kind == BatchOutcome.Kind.FAILED ? "email 欄位為必填" : null))
            .toList());
  }

  @Test
  void aStoppedRunResumesWithItsAcknowledgedBatchesAndTheSameKeys() throws Exception {
    InputFile file = input("email\na@x.tw\n");
    String key;
    try (Checkpoint first = Checkpoint.open(file, OPTIONS, false)) {
      key = first.idempotencyKey(file, 1);
      first.acknowledge(0, outcome(BatchOutcome.Kind.CREATED, BatchOutcome.Kind.FAILED));
    }
    // A kill mid-write leaves half a line.
    Files.writeString(
        file.beside(".checkpoint.jsonl"), "{\"batch\": 1, \"ki", StandardOpenOption.APPEND);

    try (Checkpoint resumed = Checkpoint.open(file, OPTIONS, false)) {
      assertEquals(key, resumed.idempotencyKey(file, 1));
      assertEquals(1, resumed.acknowledgedBatches());
      BatchOutcome first = resumed.acknowledged(0).orElseThrow();
      assertEquals(1, first.count(BatchOutcome.Kind.CREATED));
      assertEquals("email 欄位為必填", first.outcomes().get(1).message());
      assertTrue(resumed.acknowledged(1).isEmpty());
      resumed.acknowledge(1, outcome(BatchOutcome.Kind.SKIPPED));
    }
    try (Checkpoint again = Checkpoint.open(file, OPTIONS, false)) {
      assertEquals(2, again.acknowledgedBatches(), "the entry after the torn line was read");
    }
  }

  @Test
  void aChangedFileOrOtherOptionsAreRefusedUnlessRestarted() throws Exception {
    InputFile file = input("email\na@x.tw\n");
    try (Checkpoint first = Checkpoint.open(file, OPTIONS, false)) {
      first.acknowledge(0, outcome(BatchOutcome.Kind.CREATED));
    }
    InputFile changed = input("email\nb@x.tw\n");

    assertThrows(Checkpoint.Mismatch.class, () -> Checkpoint.open(changed, OPTIONS, false));
    assertThrows(
        Checkpoint.Mismatch.class,
        () -> Checkpoint.open(file, OPTIONS.replace("skip", "update"), false));
    try (Checkpoint restarted = Checkpoint.open(changed, OPTIONS, true)) {
      assertEquals(0, restarted.acknowledgedBatches());
    }
  }

  @Test
  void aFinishedFileImportsAgainAsANewRunWithNewKeys() throws Exception {
    InputFile file = input("email\na@x.tw\n");
    String key;
    try (Checkpoint first = Checkpoint.open(file, OPTIONS, false)) {
      key = first.idempotencyKey(file, 0);
      first.acknowledge(0, outcome(BatchOutcome.Kind.CREATED));
      first.finish();
    }

    try (Checkpoint next = Checkpoint.open(file, OPTIONS, false)) {
      assertEquals(0, next.acknowledgedBatches());
      assertNotEquals(key, next.idempotencyKey(file, 0));
      assertTrue(next.idempotencyKey(file, 0).length() <= 255);
    }
    List<String> lines =
        Files.readAllLines(file.beside(".checkpoint.jsonl"), StandardCharsets.UTF_8);
    assertEquals(1, lines.size(), "the finished run's entries are gone");
  }
}
