package com.zangsho.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFileTest {
  @TempDir Path folder;

  private Path sample(String name) throws URISyntaxException {
    return Path.of(getClass().getResource(name).toURI());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(folder.resolve(name), bytes);
  }

  @Test
  void aShopifyOrdersExportGoesInAsOneRecordPerOrderFromItsLineItemRows() throws Exception {
    Mapping mapping =
        Mapping.read(
            new ByteArrayInputStream(
                """
                resources:
                  - resource: orders
                    group_by: "{Name}"
                    fields:
                      order_no: {column: Name}
                      customer_email: {column: Email}
                      status: {column: Financial Status, values: {partially_refunded: refunded}}
                      amount: {column: Total, amount: true}
                      currency: {column: Currency}
                      paid_at: {column: Processed At, date: {}}
                      metadata.note: {column: Note}
                """
                    .getBytes(StandardCharsets.UTF_8)));
    try (ExportFile file = ExportFile.open(sample("shopify-style-orders.csv"), null)) {
      assertEquals(StandardCharsets.UTF_8, file.encoding());
      assertTrue(file.headers().contains("Currency"), "headers trimmed: " + file.headers());
      MappingEngine.Result result = new MappingEngine(mapping).map(file.rows());

      assertEquals(List.of(), result.problems());
      assertEquals(2, result.records().size());
      Map<String, Object> first = result.records().get(0).fields();
      assertEquals("#MA-3097", first.get("order_no"));
      assertEquals("91.90", first.get("amount"));
      assertEquals("2018-01-04T23:51:23Z", first.get("paid_at"));
      assertEquals(
          Map.of("note", "Review verified, discount\r\ncode e-mailed"), first.get("metadata"));
      MappingEngine.Record second = result.records().get(1);
      assertEquals(5, second.line(), "the quoted newline counts as a line");
      assertEquals("refunded", second.fields().get("status"));
      assertEquals("1030.00", second.fields().get("amount"));
    }
  }

  @Test
  void excelsBig5IsDetectedAndItsChineseHeadersRead() throws Exception {
    Path file =
        write(
            "訂單.csv",
            " 訂單編號 ,顧客 Email,付款狀態,訂單合計\r\nA001,a@example.com,已付款,\"NT$1,990\"\r\n"
                .getBytes(ExportFile.BIG5));

    try (ExportFile export = ExportFile.open(file, null)) {
      assertEquals(ExportFile.BIG5, export.encoding());
      Row row = export.rows().get(0);
      assertEquals("A001", row.get("訂單編號"));
      assertEquals("已付款", row.get("付款狀態"));
      assertEquals(2, row.line());
    }
  }

  @Test
  void aByteOrderMarkIsReadAndDropped() throws Exception {
    byte[] text = "Email,Name\na@example.com,王小明\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    try (ExportFile export = ExportFile.open(write("bom.csv", withBom), null)) {
      assertEquals(List.of("Email", "Name"), export.headers());
    }
    byte[] utf16 = "\uFEFFEmail,Name\na@example.com,王小明\n".getBytes(StandardCharsets.UTF_16LE);
    try (ExportFile export = ExportFile.open(write("utf16.csv", utf16), null)) {
      assertEquals(StandardCharsets.UTF_16LE, export.encoding());
      assertEquals("王小明", export.rows().get(0).get("Name"));
    }
  }

  @Test
  void aFileInNoKnownEncodingIsRefusedWithTheLineOfItsFirstBadByte() throws Exception {
    Path file =
        write("binary.csv", new byte[] {'a', ',', 'b', '\n', '1', ',', '2', '\n', (byte) 0xFF});

    ExportFileException refused =
        assertThrows(ExportFileException.class, () -> ExportFile.open(file, null));
    assertTrue(refused.getMessage().startsWith("binary.csv: line 3 "), refused.getMessage());
  }

  @Test
  void aByteOrderMarkDoesNotVouchForTheBytesAfterIt() throws Exception {
    byte[] text = "\uFEFFEmail\na@example.com\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(text, text.length + 2);
    bad[text.length] = (byte) 0xC3;
    bad[text.length + 1] = '\n';
    Path file = write("bom-then-junk.csv", bad);

    ExportFileException refused =
        assertThrows(ExportFileException.class, () -> ExportFile.open(file, null));
    assertTrue(refused.getMessage().startsWith("bom-then-junk.csv: line 3 "), refused.getMessage());
  }

  @Test
  void aQuoteThatNeverClosesIsRefusedWithItsLine() throws Exception {
    Path file =
        write(
            "broken.csv",
            "Email,Name\na@example.com,A\nb@example.com,\"Bo\nc@example.com,C\n"
                .getBytes(StandardCharsets.UTF_8));

    try (ExportFile export = ExportFile.open(file, null)) {
      ExportFileException refused = assertThrows(ExportFileException.class, export::rows);
      assertEquals(
          "broken.csv: line 3 cannot be read (EOF reached before encapsulated token finished),"
              + " nor anything after it",
          refused.getMessage());
    }
  }

  @Test
  void aNamedEncodingTheFileIsNotInIsRefusedWithTheLine() throws Exception {
    Path file = write("big5.csv", "A\n名\n".getBytes(ExportFile.BIG5));

    ExportFileException refused =
        assertThrows(
            ExportFileException.class, () -> ExportFile.open(file, StandardCharsets.UTF_8));
    assertTrue(
        refused.getMessage().startsWith("big5.csv: line 2 is not UTF-8"), refused.getMessage());
  }

  @Test
  void aHeaderNamingAColumnTwiceIsRefused() throws Exception {
    Path file =
        write(
            "twice.csv",
            "Email,Email\na@example.com,b@example.com\n".getBytes(StandardCharsets.UTF_8));

    ExportFileException refused =
        assertThrows(ExportFileException.class, () -> ExportFile.open(file, null));
    assertTrue(refused.getMessage().startsWith("twice.csv: "), refused.getMessage());
  }

  @Test
  void aFileWithoutAHeaderIsRefused() throws Exception {
    Path file = write("empty.csv", new byte[0]);

    assertThrows(ExportFileException.class, () -> ExportFile.open(file, null));
  }
}
