package com.zangsho.web.operations;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The counts of a batch, as the activity log's {@code summary} and the operator's metrics. */
@JsonbPropertyOrder({"total", "created", "updated", "skipped", "failed"})
public record BatchCounts(int total, int created, int updated, int skipped, int failed) {}
