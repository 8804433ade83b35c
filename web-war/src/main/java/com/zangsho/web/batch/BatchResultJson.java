package com.zangsho.web.batch;

import com.zangsho.domain.batch.BatchResult;
import com.zangsho.web.api.Messages;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The seed's batch response, with all four lists always present. */
@JsonbPropertyOrder({"total", "created", "updated", "skipped", "failed", "results"})
public record BatchResultJson(
    int total, int created, int updated, int skipped, int failed, Results results) {

  @JsonbPropertyOrder({"created", "updated", "skipped", "failed"})
  public record Results(
      List<Written> created, List<Written> updated, List<Skipped> skipped, List<Failed> failed) {}

  @JsonbPropertyOrder({"index", "id", "identifier"})
  public record Written(int index, Long id, String identifier) {}

  @JsonbPropertyOrder({"index", "reason", "identifier"})
  public record Skipped(int index, String reason, String identifier) {}

  @JsonbPropertyOrder({"index", "reason", "message", "identifier"})
  public record Failed(int index, String reason, String message, String identifier) {}

  public static BatchResultJson of(BatchResult result, Messages messages) {
    return new BatchResultJson(
        result.total(),
        result.created().size(),
        result.updated().size(),
        result.skipped().size(),
        result.failed().size(),
        new Results(
            result.created().stream()
                .map(w -> new Written(w.index(), w.id(), w.identifier()))
                .toList(),
            result.updated().stream()
                .map(w -> new Written(w.index(), w.id(), w.identifier()))
                .toList(),
            result.skipped().stream()
                .map(s -> new Skipped(s.index(), s.reason(), s.identifier()))
                .toList(),
            result.failed().stream()
                .map(
                    f ->
                        new Failed(
                            f.index(),
                            f.reason(),
                            messages.violation(f.violation()),
                            f.identifier()))
                .toList()));
  }
}
