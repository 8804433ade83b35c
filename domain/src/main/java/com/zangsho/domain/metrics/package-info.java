/**
 * Revenue metrics from the subscription events (docs/api.md §11): each event's MRR movement, worked
 * out per customer in the order the events occurred, and the per-day totals the series are read
 * from.
 */
package com.zangsho.domain.metrics;
