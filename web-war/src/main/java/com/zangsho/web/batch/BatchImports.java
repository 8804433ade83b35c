package com.zangsho.web.batch;

import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.WireField;
import com.zangsho.web.api.Messages;
import com.zangsho.web.json.FieldInputReader;
import com.zangsho.web.json.JsonBodies;
import com.zangsho.web.write.Answer;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every batch endpoint does before and after its write: read the envelope and the items, then
 * answer the report with its counts.
 */
public final class BatchImports {
  private BatchImports() {}

  /** A batch request, read: its items, each read on its own, and how to write them. */
  public record Batch<I>(List<I> items, ConflictStrategy onConflict, boolean dryRun) {}

  /**
   * @param itemsField the body's array of items, e.g. {@code customers}
   * @param input a fresh builder for each item
   */
  public static <F extends Enum<F> & WireField, I> Batch<I> read(
      InputStream body, String itemsField, Supplier<FieldInput.Builder<F, I>> input) {
    BatchRequest request = BatchRequest.read(JsonBodies.readObject(body), itemsField);
    List<I> items =
        request.readItems((item, path) -> FieldInputReader.readItem(item, path, input.get()));
    return new Batch<>(items, request.onConflict(), request.dryRun());
  }

  /**
   * The report, in the caller's language; its counts are the activity log entry's summary and the
   * operator's metrics.
   */
  public static Answer answer(BatchResult result, HttpHeaders headers) {
    return Answer.ok(BatchResultJson.of(result, Messages.forRequest(headers))).summarizing(result);
  }
}
