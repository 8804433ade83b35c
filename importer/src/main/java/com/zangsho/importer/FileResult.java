package com.zangsho.importer;

import java.nio.file.Path;

/**
 * One file's import, as the summary shows it.
 *
 * @param failedRows the failed rows' file, or null when none failed
 * @param dryRunReport a dry run's row-by-row report, or null
 */
record FileResult(
    Path file,
    Resource resource,
    long rows,
    long created,
    long updated,
    long skipped,
    long failed,
    double seconds,
    Path failedRows,
    Path dryRunReport) {
  double rowsPerSecond() {
    return seconds <= 0 ? 0 : rows / seconds;
  }
}
