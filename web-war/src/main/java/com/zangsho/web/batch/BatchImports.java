package com.zangsho.web.batch;

import com.zangsho.application.batch.BatchImportService;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.WireField;
import com.zangsho.web.api.Messages;
import com.zangsho.web.json.DataJson;
import com.zangsho.web.json.FieldInputReader;
import com.zangsho.web.json.JsonBodies;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

/** What every batch endpoint does: read the envelope and the items, run the import, report. */
public final class BatchImports {
  private BatchImports() {}

  /**
   * @param itemsField the body's array of items, e.g. {@code customers}
   * @param input a fresh builder for each item
   */
  public static <F extends Enum<F> & WireField, I> DataJson<BatchResultJson> run(
      InputStream body,
      String itemsField,
      Supplier<FieldInput.Builder<F, I>> input,
      BatchImportService<I> service,
      Caller caller,
      HttpHeaders headers) {
    BatchRequest request = BatchRequest.read(JsonBodies.readObject(body), itemsField);
    List<I> items =
        request.readItems((item, path) -> FieldInputReader.readItem(item, path, input.get()));
    BatchResult result = service.importBatch(caller, items, request.onConflict(), request.dryRun());
    return new DataJson<>(BatchResultJson.of(result, Messages.forRequest(headers)));
  }
}
