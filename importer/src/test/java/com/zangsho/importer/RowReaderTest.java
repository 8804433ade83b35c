package com.zangsho.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowReaderTest {
  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path;
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<InputRow> rows(Path path, ColumnMapping mapping) throws IOException {
    List<InputRow> rows = new ArrayList<>();
    try (RowReader reader = RowReader.open(path, mapping)) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void csvQuotesMayHoldCommasQuotesAndNewlinesAndEachRowKnowsItsFirstLine() throws IOException {
    Path csv =
        file(
            "customers.csv",
            "email,name,metadata.plan,metadata.note\n"
                + "wang@example.com,王小明,pro,\n"
                + "\"chen@example.com\",\"陳, \"\"美麗\"\"\",basic,\"two\nlines\"\n"
                + "\n"
                + "lin@example.com,林,,\n");

    List<InputRow> rows = rows(csv, ColumnMapping.none());

    assertEquals(List.of(2L, 3L, 6L), rows.stream().map(InputRow::line).toList());
    assertEquals(
        "{\"email\":\"wang@example.com\",\"name\":\"王小明\",\"metadata\":{\"plan\":\"pro\"}}",
        rows.get(0).item().toString());
    assertEquals("陳, \"美麗\"", rows.get(1).item().get("name").asText());
    assertEquals("two\nlines", rows.get(1).item().get("metadata").get("note").asText());
    assertEquals("two\nlines", rows.get(1).columns().get("metadata.note"));
    assertFalse(rows.get(2).item().has("metadata"), "empty cells are left out");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstColumnsName() throws IOException {
    byte[] text = "email,name\na@example.com,A\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    InputRow row = rows(file("bom.csv", withBom), ColumnMapping.none()).get(0);

    assertEquals("a@example.com", row.item().get("email").asText());
  }

  @Test
  void mappedColumnsFeedTheirFieldsAndIdsAreNumbers() throws IOException {
    Path csv =
        file(
            "orders.csv",
            "no,mail,customer_id,amount,line,reason,message\nO-1,a@x.tw,42,10.5,7,x,y\n");
    ColumnMapping mapping =
        ColumnMapping.of(
            List.of("no=order_no"),
            file("map.txt", "# file column = API field\nmail=customer_email\n"));

    InputRow row = rows(csv, mapping).get(0);

    assertEquals(
        "{\"order_no\":\"O-1\",\"customer_email\":\"a@x.tw\",\"customer_id\":42,\"amount\":\"10.5\"}",
        row.item().toString(),
        "a failed file's line, reason and message columns are not sent");
    assertThrows(IllegalArgumentException.class, () -> ColumnMapping.of(List.of("nope"), null));
  }

  @Test
  void aMetadataColumnHoldingAnObjectIsThatObject() throws IOException {
    Path csv = file("c.csv", "email,metadata\na@x.tw,\"{\"\"vip\"\": true}\"\nb@x.tw,plain\n");

    List<InputRow> rows = rows(csv, ColumnMapping.none());

    assertTrue(rows.get(0).item().get("metadata").get("vip").asBoolean());
    assertEquals("plain", rows.get(1).item().get("metadata").asText(), "the server's rule decides");
  }

  @Test
  void aRowWithTheWrongNumberOfCellsFailsAndTheNextIsRead() throws IOException {
    Path csv = file("c.csv", "email,name\na@x.tw,A,extra\nb@x.tw,B\n");

    List<InputRow> rows = rows(csv, ColumnMapping.none());

    assertEquals(2, rows.size());
    assertFalse(rows.get(0).readable());
    assertEquals("c.csv line 2: 3 cells where the header has 2 columns", rows.get(0).problem());
    assertTrue(rows.get(1).readable());
  }

  @Test
  void aQuoteThatNeverClosesEndsTheFileWithAFailedRowNamingWhere() throws IOException {
    Path csv = file("c.csv", "email,name\na@x.tw,A\nb@x.tw,\"B\n");

    List<InputRow> rows = rows(csv, ColumnMapping.none());

    assertEquals(2, rows.size());
    assertFalse(rows.get(1).readable());
    assertTrue(rows.get(1).problem().startsWith("c.csv line "), rows.get(1).problem());
  }

  @Test
  void bytesThatAreNotUtf8AreAFailedRowNotGarbage() throws IOException {
    byte[] latin1 = "email,name\na@x.tw,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    List<InputRow> rows = rows(file("c.csv", latin1), ColumnMapping.none());

    assertFalse(rows.get(rows.size() - 1).readable());
  }

  @Test
  void jsonLinesSkipABadLineAndKeepItsText() throws IOException {
    Path jsonl =
        file(
            "subs.jsonl",
            "{\"customer_email\": \"a@x.tw\", \"mrr\": 990, \"metadata\": {\"plan\": \"pro\"}}\n"
                + "{not json}\n"
                + "\n"
                + "[1]\n"
                + "{\"customer_email\": \"b@x.tw\"}\n");

    List<InputRow> rows = rows(jsonl, ColumnMapping.none());

    assertEquals(List.of(1L, 2L, 4L, 5L), rows.stream().map(InputRow::line).toList());
    assertEquals(990, rows.get(0).item().get("mrr").asInt());
    assertEquals(
        Map.of("customer_email", "a@x.tw", "mrr", "990", "metadata.plan", "pro"),
        rows.get(0).columns());
    assertTrue(
        rows.get(1).problem().startsWith("subs.jsonl line 2, column "), rows.get(1).problem());
    assertEquals("{not json}", rows.get(1).columns().get("json"));
    assertEquals("subs.jsonl line 4: not a JSON object", rows.get(2).problem());
    assertTrue(rows.get(3).readable());
  }

  @Test
  void aJsonArrayIsReadAnElementAtATimeAndBrokenJsonEndsIt() throws IOException {
    Path json =
        file(
            "events.json",
            "[\n  {\"customer_email\": \"a@x.tw\", \"event_type\": \"created\"},\n  \"text\",\n"
                + "  {\"customer_email\": \"b@x.tw\"\n");

    List<InputRow> rows = rows(json, ColumnMapping.none());

    assertEquals(3, rows.size());
    assertEquals(2L, rows.get(0).line());
    assertEquals("events.json line 3: not a JSON object", rows.get(1).problem());
    assertFalse(rows.get(2).readable());
    assertNull(rows.get(2).item());
  }

  @Test
  void aFileOfAnotherKindIsRefusedByName() throws IOException {
    Path xml = file("customers.xml", "<x/>");

    assertThrows(IllegalArgumentException.class, () -> RowReader.open(xml, ColumnMapping.none()));
  }
}
