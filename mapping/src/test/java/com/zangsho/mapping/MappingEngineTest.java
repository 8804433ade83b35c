package com.zangsho.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingEngineTest {
  private static Mapping mapping(String yaml) {
    return Mapping.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static MappingEngine.Result map(String yaml, List<Row> rows) {
    return new MappingEngine(mapping(yaml)).map(rows);
  }

  /** Rows from a header line and data lines, comma-separated, no quoting; the header is line 1. */
  private static List<Row> rows(String header, String... lines) {
    String[] columns = header.split(",", -1);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < columns.length; c++) {
        values.put(columns[c], c < cells.length ? cells[c] : "");
      }
      rows.add(new Row("export.csv", i + 2, values));
    }
    return rows;
  }

  @Test
  void aTemplateJoinsColumnsAndDropsTheSpaceOfABlankOne() {
    MappingEngine.Result result =
        map(
            """
                    resources:
                      - resource: customers
                        fields:
                          email: {column: Email}
                          name: {template: "{First Name} {Last Name}"}
                    """,
            rows("Email,First Name,Last Name", "a@example.com,Ada,Lovelace", "b@example.com,Bo,"));

    assertEquals("Ada Lovelace", result.records().get(0).fields().get("name"));
    assertEquals("Bo", result.records().get(1).fields().get("name"));
  }

  @Test
  void aValueMapTranslatesTheirWordsCaseInsensitivelyAndPassesOthersOn() {
    MappingEngine.Result result =
        map(
            """
                    resources:
                      - resource: orders
                        fields:
                          order_no: {column: Number}
                          status: {column: Status, values: {partially_refunded: refunded, 已付款: paid}}
                    """,
            rows("Number,Status", "1,Partially_Refunded", "2,已付款", "3,pending"));

    assertEquals(
        List.of("refunded", "paid", "pending"),
        result.records().stream().map(r -> r.fields().get("status")).toList());
  }

  @Test
  void datesWithOffsetsUtcWordsExcelGuardsAndTheRocCalendarBecomeInstants() {
    Dates taipei = Dates.usual();
    assertEquals("2018-01-04T23:51:23Z", taipei.parse("2018-01-04T15:51:23-08:00"));
    assertEquals("2018-01-04T23:51:23Z", taipei.parse("2018-01-04 15:51:23 -0800"));
    assertEquals("2020-08-13T13:42:37Z", taipei.parse("2020-08-13 13:42:37 UTC"));
    assertEquals("2025-12-01T00:00:00Z", taipei.parse("2025/12/01 08:00"));
    assertEquals("2026-08-20T02:00:00Z", taipei.parse("=2026-08-20 10:00:00"));
    assertEquals("2026-08-20T02:00:00Z", taipei.parse("=\"2026-08-20 10:00:00\""));
    assertEquals("2025-11-30T16:00:00Z", taipei.parse("2025-12-01"));
    Dates roc = new Dates(List.of(), ZoneId.of("Asia/Taipei"), true);
    assertEquals("2025-11-30T16:00:00Z", roc.parse("114/12/01"));
    assertEquals("2025-12-01T00:00:00Z", roc.parse("114/12/01 08:00"));
    assertThrows(IllegalArgumentException.class, () -> taipei.parse("next Tuesday"));
    assertThrows(IllegalArgumentException.class, () -> roc.parse("2025/12/01x"));
  }

  @Test
  void aMappingsOwnFormatComesBeforeTheUsualOnes() {
    Dates dayFirst = new Dates(List.of("dd/MM/yyyy"), ZoneOffset.UTC, false);
    assertEquals("2025-02-03T00:00:00Z", dayFirst.parse("03/02/2025"));
  }

  @Test
  void amountsLoseTheirSymbolsAndSeparatorsAndKeepTwoPlaces() {
    assertEquals("1990.00", Amounts.parse("NT$1,990"));
    assertEquals("1990.00", Amounts.parse("1,990.00"));
    assertEquals("12.345", Amounts.parse("12.345"));
    assertEquals("-5.00", Amounts.parse("-5"));
    assertEquals("300.00", Amounts.parse("TWD 300"));
    assertThrows(IllegalArgumentException.class, () -> Amounts.parse("free"));
    assertThrows(IllegalArgumentException.class, () -> Amounts.parse("1.2.3"));
  }

  @Test
  void rowsOfOneOrderBecomeOneRecordWhoseFirstNonEmptyValueWinsOrWhoseAmountIsSummed() {
    MappingEngine.Result result =
        map(
            """
                    resources:
                      - resource: orders
                        group_by: "{Name}"
                        fields:
                          order_no: {column: Name}
                          customer_email: {column: Email}
                          status: {column: Financial Status}
                          amount: {column: Total, amount: true}
                          metadata.items: {column: Lineitem price, amount: true, sum: true}
                    """,
            rows(
                "Name,Email,Financial Status,Total,Lineitem price",
                "#1001,a@example.com,paid,NT$1990,1000",
                "#1001,a@example.com,,,990",
                "#1002,b@example.com,pending,50,50"));

    assertEquals(2, result.records().size());
    MappingEngine.Record first = result.records().get(0);
    assertEquals(2, first.line());
    assertEquals("paid", first.fields().get("status"));
    assertEquals("1990.00", first.fields().get("amount"));
    assertEquals(Map.of("items", "1990.00"), first.fields().get("metadata"));
  }

  @Test
  void aSkipConditionLeavesRowsOutAndCountsThem() {
    MappingEngine.Result result =
        map(
            """
                    resources:
                      - resource: customers
                        skip_if: [{column: Email, empty: true}, {column: State, equals: test}]
                        fields:
                          email: {column: Email}
                    """,
            rows("Email,State", "a@example.com,live", ",live", "t@example.com,TEST"));

    assertEquals(1, result.records().size());
    assertEquals(2, result.skipped().get("customers"));
  }

  @Test
  void oneFileFeedsSeveralResourcesCustomersFirstWhateverTheMappingsOrder() {
    MappingEngine.Result result =
        map(
            """
                    resources:
                      - resource: subscriptions
                        fields:
                          customer_email: {column: Email}
                          plan_name: {column: Plan}
                      - resource: customers
                        group_by: "{Email}"
                        fields:
                          email: {column: Email}
                    """,
            rows("Email,Plan", "a@example.com,Pro", "a@example.com,Team", "b@example.com,Pro"));

    assertEquals(
        List.of("customers", "customers", "subscriptions", "subscriptions", "subscriptions"),
        result.records().stream().map(MappingEngine.Record::resource).toList());
  }

  @Test
  void aProblemNamesFileLineColumnAndValueAndLeavesOnlyItsRecordOut() {
    MappingEngine.Result result =
        map(
            """
                    resources:
                      - resource: orders
                        fields:
                          order_no: {column: Number}
                          amount: {column: Total, amount: true}
                    """,
            rows("Number,Total", "1,100", "2,a lot", "3,300"));

    assertEquals(2, result.records().size());
    Problem problem = result.problems().get(0);
    assertEquals("export.csv", problem.file());
    assertEquals(3, problem.line());
    assertEquals("Total", problem.column());
    assertEquals("a lot", problem.value());
    assertTrue(problem.message().startsWith("orders.amount: not an amount"), problem.message());
  }

  @Test
  void wordsAValueMapDoesNotKnowBecomeItsOtherwise() {
    MappingEngine.Result result =
        map(
            """
                    resources:
                      - resource: orders
                        fields:
                          order_no: {column: Number}
                          payment_method: {column: Paid by, values: {信用卡: credit_card}, otherwise: other}
                    """,
            rows("Number,Paid by", "1,信用卡", "2,全盈支付", "3,"));

    assertEquals(
        Arrays.asList("credit_card", "other", null),
        result.records().stream().map(r -> r.fields().get("payment_method")).toList());
  }

  @Test
  void anAmountPerIntervalIsMadePerMonth() {
    assertEquals("990.00", Amounts.perMonth("11880.00", "year"));
    assertEquals("990.00", Amounts.perMonth("2970.00", "Quarterly"));
    assertEquals("130.00", Amounts.perMonth("30.00", "week"));
    assertEquals("49.00", Amounts.perMonth("49.00", "months"));
    assertThrows(IllegalArgumentException.class, () -> Amounts.perMonth("1.00", "fortnight"));
    MappingEngine.Result result =
        map(
            """
                    resources:
                      - resource: subscriptions
                        fields:
                          customer_email: {column: Email}
                          mrr: {column: Price, amount: true, per_interval: Every}
                    """,
            rows("Email,Price,Every", "a@example.com,NT$11880,year", "b@example.com,1,eon"));

    assertEquals("990.00", result.records().get(0).fields().get("mrr"));
    assertEquals("Price", result.problems().get(0).column());
  }

  @Test
  void aFieldReadsTheFirstOfItsColumnsThatHasAValue() {
    Mapping mapping =
        mapping(
            """
            resources:
              - resource: orders
                fields:
                  order_no: {column: Number}
                  paid_at: {column: [Paid at, Processed At], date: {zone: UTC}}
            """);

    MappingEngine.Result result =
        new MappingEngine(mapping)
            .map(rows("Number,Paid at,Processed At", "1,2024-01-02,2024-01-01", "2,,2024-02-01"));

    assertEquals(
        List.of("2024-01-02T00:00:00Z", "2024-02-01T00:00:00Z"),
        result.records().stream().map(r -> r.fields().get("paid_at")).toList());
    assertEquals(List.of(), mapping.missing(List.of("Number", "Processed At")));
    assertEquals(List.of("Paid at or Processed At"), mapping.missing(List.of("Number")));
  }

  @Test
  void aFieldFallsBackOnTheNextRuleWhenItsRuleGivesNothingOverTheRecordsRows() {
    Mapping mapping =
        mapping(
            """
            resources:
              - resource: orders
                group_by: "{Name}"
                fields:
                  order_no: {column: Name}
                  amount:
                    - {column: Total, amount: true}
                    - {column: Price, amount: true, times: Qty, sum: true}
            """);

    MappingEngine.Result result =
        new MappingEngine(mapping)
            .map(
                rows(
                    "Name,Total,Price,Qty",
                    "#1,,10,2",
                    "#1,,20,3",
                    "#2,99,10,1",
                    "#2,,5,1",
                    "#3,,7.5,"));

    assertEquals(
        List.of("80.00", "99.00", "7.50"),
        result.records().stream().map(r -> r.fields().get("amount")).toList());
    assertEquals(List.of(), mapping.missing(List.of("Name", "Price", "Qty")));
    assertEquals(List.of("Total"), mapping.missing(List.of("Name", "Price")));
  }

  @Test
  void aGroupWithAProblemIsLeftOutWholeAndItsKeyKept() {
    MappingEngine.Result result =
        map(
            """
                    resources:
                      - resource: orders
                        group_by: "{Number}"
                        fields:
                          order_no: {column: Number}
                          amount: {column: Total, amount: true}
                    """,
            rows("Number,Total", "A,100", "B,50", "A,lots"));

    assertEquals(List.of("B"), result.records().stream().map(r -> r.key()).toList());
    assertEquals(List.of("A"), result.problems().stream().map(Problem::key).toList());
  }

  @Test
  void aFieldTheResourceDoesNotTakeIsRefusedWhenTheMappingIsRead() {
    MappingException unknown =
        assertThrows(
            MappingException.class,
            () -> mapping("resources: [{resource: customers, fields: {mail: {column: A}}}]"));
    assertTrue(
        unknown.getMessage().contains("customers has no field \"mail\""), unknown.getMessage());
    assertThrows(
        MappingException.class,
        () -> mapping("resources: [{resource: subscriptions, fields: {metadata.x: {column: A}}}]"));
  }

  @Test
  void aConstantFillsAFieldTheFileDoesNotHave() {
    MappingEngine.Result result =
        map(
            """
                    resources:
                      - resource: orders
                        fields:
                          order_no: {column: Number}
                          currency: {constant: TWD}
                    """,
            rows("Number", "1"));

    assertEquals("TWD", result.records().get(0).fields().get("currency"));
  }

  @Test
  void theMappingKnowsWhichColumnsItReadsWhichAFileLacksAndWhichItMayLack() {
    Mapping mapping =
        mapping(
            """
            resources:
              - resource: customers
                fields:
                  email: {column: Email}
                  name: {template: "{First Name} {Last Name}"}
                  phone: {column: Phone, optional: true}
            """);

    assertEquals(List.of("Note"), mapping.unmapped(List.of("Email", "First Name", "Note")));
    assertEquals(List.of("Last Name"), mapping.missing(List.of("Email", "First Name", "Note")));
    MappingEngine.Result result =
        new MappingEngine(mapping).map(rows("Email,First Name,Last Name", "a@example.com,A,B"));
    assertEquals(Map.of("email", "a@example.com", "name", "A B"), result.records().get(0).fields());
  }

  @Test
  void aMappingThatCannotBeUsedIsRefusedWithWhereAndWhy() {
    MappingException unknown =
        assertThrows(
            MappingException.class,
            () -> mapping("resources: [{resource: invoices, fields: {a: {column: A}}}]"));
    assertTrue(unknown.getMessage().contains("unknown resource \"invoices\""));
    MappingException twoSources =
        assertThrows(
            MappingException.class,
            () ->
                mapping(
                    "resources: [{resource: customers, fields: {email: {column: A, constant: b}}}]"));
    assertTrue(twoSources.getMessage().startsWith("customers.email: "), twoSources.getMessage());
    assertThrows(MappingException.class, () -> Template.parse("{First Name"));
    MappingException unquotedNo =
        assertThrows(
            MappingException.class,
            () -> mapping("resources: [{resource: orders, fields: {order_no: {column: No}}}]"));
    assertTrue(unquotedNo.getMessage().contains("is quoted"), unquotedNo.getMessage());
    assertThrows(MappingException.class, () -> mapping("not: [a mapping"));
  }

  @Test
  void aTemplateOfBlankColumnsIsBlankAndBracesCanBeWritten() {
    Row row = rows("A,B", ",").get(0);
    assertNull(Template.parse("{A} {B}").render(row));
    assertEquals("{x}", Template.parse("{{x}}").render(row));
  }
}
