package com.zangsho.importer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zangsho.mapping.MappingEngine;
import com.zangsho.mapping.Problem;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * One resource's records, as a mapping made them of an export's rows, as rows to import: each
 * record's item, then a refused row for each record a problem kept out. A record that names its
 * customer by {@code customer_external_id} has it looked up once per customer ({@link
 * ApiClient#customerId}) and sent as {@code customer_id}.
 */
final class MappedRows implements RowReader {
  static final String CUSTOMER_EXTERNAL_ID = "customer_external_id";

  private final Iterator<MappingEngine.Record> records;
  private final Iterator<Problem> problems;
  private final ApiClient client;
  private final Map<String, OptionalLong> customerIds;

  /**
   * @param customerIds the customers looked up so far, shared by an export's parts
   */
  MappedRows(MappingEngine.Result result, ApiClient client, Map<String, OptionalLong> customerIds) {
    this.records = result.records().iterator();
    this.problems = firstProblemPerRecord(result).values().iterator();
    this.client = client;
    this.customerIds = customerIds;
  }

  /** The rows it gives: a record each, and a refused one for each record a problem kept out. */
  static long count(MappingEngine.Result result) {
    return result.records().size() + firstProblemPerRecord(result).size();
  }

  /** A record's first problem (its group key, or its row's line when it has none). */
  private static Map<String, Problem> firstProblemPerRecord(MappingEngine.Result result) {
    Map<String, Problem> first = new LinkedHashMap<>();
    for (Problem problem : result.problems()) {
      first.putIfAbsent(problem.key() != null ? problem.key() : "#" + problem.line(), problem);
    }
    return first;
  }

  @Override
  public boolean hasNext() {
    return records.hasNext() || problems.hasNext();
  }

  @Override
  public InputRow next() {
    if (records.hasNext()) {
      return row(records.next());
    }
    if (problems.hasNext()) {
      Problem problem = problems.next();
      return InputRow.refused(problem.line(), problem.key(), "unmappable", problem.toString());
    }
    throw new NoSuchElementException();
  }

  private InputRow row(MappingEngine.Record record) {
    ObjectNode item = item(record.fields());
    if (!item.has(CUSTOMER_EXTERNAL_ID)) {
      return InputRow.mapped(record.line(), record.key(), item);
    }
    String externalId = item.remove(CUSTOMER_EXTERNAL_ID).asText();
    OptionalLong id = customerIds.computeIfAbsent(externalId, this::lookUp);
    if (id.isEmpty()) {
      return InputRow.refused(
          record.line(),
          record.key(),
          "customer_not_found",
          "customer external_id " + externalId + " 不存在");
    }
    item.put("customer_id", id.getAsLong());
    return InputRow.mapped(record.line(), record.key(), item);
  }

  /** The record's fields as a batch item: text, and {@code metadata} an object of text. */
  private static ObjectNode item(Map<String, Object> fields) {
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    fields.forEach(
        (field, value) -> {
          if (value instanceof Map<?, ?> object) {
            ObjectNode nested = item.putObject(field);
            object.forEach((key, text) -> nested.put(key.toString(), text.toString()));
          } else {
            item.put(field, value.toString());
          }
        });
    return item;
  }

  private OptionalLong lookUp(String externalId) {
    try {
      return client.customerId(externalId);
    } catch (ApiClient.Refused | ApiClient.Unreachable e) {
      throw new LookUpFailed(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LookUpFailed(e);
    }
  }

  /** A look-up that ended the import (a refused token, a server gone): {@link #getCause()}. */
  static final class LookUpFailed extends RuntimeException {
    LookUpFailed(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  @Override
  public void close() {
    // Records are in memory: nothing to close.
  }
}
