package com.zangsho.domain.metrics;

import com.zangsho.domain.page.DateRange;

/**
 * The filters of {@code GET /v1/metrics/mrr/movements}.
 *
 * @param type null for every type
 */
public record MovementFilter(DateRange occurred, MovementType type) {}
