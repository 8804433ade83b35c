package com.zangsho.application.fileimport;

import com.zangsho.application.batch.BatchImportService;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.WireField;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a file's rows become, and the batch service that writes them: the same service, the same
 * per-row rules as the batch endpoint of that resource.
 *
 * @param resource the batch body's items field, e.g. {@code customers}
 * @param action the activity log's action of one chunk, the batch endpoint's
 */
record ImportTarget<F extends Enum<F> & WireField, I>(
    String resource,
    String action,
    Supplier<FieldInput.Builder<F, I>> builder,
    BatchImportService<I> service) {
  /** Made once: {@code JSON.createObjectBuilder()} looks its provider up on every call. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private static final String METADATA = "metadata";
  private static final String METADATA_PREFIX = METADATA + ".";

  /** The fields its items take, by wire name. */
  List<String> fields() {
    return Arrays.stream(builder.get().fields()).map(WireField::wireName).toList();
  }

  /**
   * An item from text fields by wire name: a row's cells by column, or a mapped record's fields.
   * {@code metadata.<key>} entries (or a {@code metadata} object's entries) become the metadata
   * object; a {@code metadata} cell of JSON text is taken as it is, for the rule to check.
   */
  I item(Map<String, ?> fields) {
    FieldInput.Builder<F, I> input = builder.get();
    JsonObjectBuilder metadata = null;
    String metadataText = null;
    for (Map.Entry<String, ?> entry : fields.entrySet()) {
      String name = entry.getKey();
      Object value = entry.getValue();
      if (value instanceof Map<?, ?> object) {
        metadata = metadata == null ? JSON.createObjectBuilder() : metadata;
        for (Map.Entry<?, ?> inner : object.entrySet()) {
          metadata.add(inner.getKey().toString(), inner.getValue().toString());
        }
      } else if (name.startsWith(METADATA_PREFIX) && value != null && !value.toString().isEmpty()) {
        metadata = metadata == null ? JSON.createObjectBuilder() : metadata;
        metadata.add(name.substring(METADATA_PREFIX.length()), value.toString());
      } else if (name.equals(METADATA)) {
        metadataText = value == null ? null : value.toString();
      }
    }
    for (F field : input.fields()) {
      if (field.typeRule() == Rule.OBJECT) {
        String text = metadata != null ? metadata.build().toString() : metadataText;
        if (text != null && !text.isBlank()) {
          input.given(field, text);
        }
        continue;
      }
      Object value = fields.get(field.wireName());
      // An empty cell is no value: an update changes only what the row gives.
      if (value != null && !value.toString().isEmpty()) {
        input.given(field, value.toString());
      }
    }
    return input.build();
  }

  BatchResult write(
      Caller caller, List<Map<String, ?>> rows, ConflictStrategy onConflict, boolean dryRun) {
    List<I> items = new ArrayList<>(rows.size());
    rows.forEach(row -> items.add(item(row)));
    return service.importBatch(caller, items, onConflict, dryRun);
  }
}
