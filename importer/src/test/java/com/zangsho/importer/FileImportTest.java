package com.zangsho.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileImportTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir Path dir;

  /** 25 customers, every eighth without an e-mail (the stub fails those). */
  private InputFile customers() throws Exception {
    StringBuilder csv = new StringBuilder("email,name\n");
    for (int i = 0; i < 25; i++) {
      csv.append(i % 8 == 3 ? "" : "c" + i + "@x.tw").append(",名").append(i).append('\n');
    }
    Path path = dir.resolve("customers.csv");
    Files.writeString(path, csv);
    return InputFile.scan(path, Resource.CUSTOMERS, ColumnMapping.none());
  }

  private static FileResult run(InputFile file, StubServer server, int concurrency)
      throws Exception {
    ApiClient client =
        new ApiClient(server.base(), "t", new Pacer(concurrency, Pacer.Clock.SYSTEM), 0);
    try (CsvReport failedRows = CsvReport.failedRows(file)) {
      return new FileImport(
              file,
              new FileImport.Options("skip", false, 10, concurrency),
              () -> RowReader.open(file.path(), ColumnMapping.none()),
              failedRows,
              client)
          .run(QUIET, false, false);
    }
  }

  @Test
  void rowsGoInBatchesOfTheGivenSizeEachWithItsOwnKey() throws Exception {
    InputFile file = customers();
    try (StubServer server = new StubServer()) {
      FileResult result = run(file, server, 3);

      assertEquals(
          List.of(10, 10, 5),
          server.bodies.stream()
              .map(b -> b.get("customers").size())
              .sorted((a, b) -> b - a)
              .toList());
      assertEquals(3, new HashSet<>(server.keys).size());
      assertEquals(22, result.created());
      assertEquals(3, result.failed());
      List<String> failed = Files.readAllLines(file.beside(".failed.csv"));
      assertEquals("email,name,line,reason,message", failed.get(0));
      assertEquals(4, failed.size());
      assertEquals(
          true, failed.contains("\"\",名3,5,validation_error,email 欄位為必填"), failed.toString());
    }
  }

  @Test
  void aStoppedImportSendsOnlyTheBatchesTheServerHasNotAcknowledged() throws Exception {
    InputFile file = customers();
    try (StubServer server = new StubServer().after(1).then(500, null, "{\"message\": \"boom\"}")) {
      assertThrows(ApiClient.Unreachable.class, () -> run(file, server, 1));
      List<String> firstKeys = List.copyOf(server.keys);
      server.keys.clear();
      server.bodies.clear();

      FileResult resumed = run(file, server, 1);

      assertEquals(2, server.bodies.size(), "batch 0 was acknowledged before the stop");
      assertEquals(firstKeys.get(1), server.keys.get(0), "the failed batch keeps its key");
      assertEquals(22, resumed.created(), "the acknowledged batch counts from the checkpoint");
      assertEquals(3, resumed.failed());
      assertEquals(4, Files.readAllLines(file.beside(".failed.csv")).size());
    }
  }
}
