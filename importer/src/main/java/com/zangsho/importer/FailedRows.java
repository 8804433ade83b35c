package com.zangsho.importer;

import java.io.Closeable;
import java.nio.file.Path;

/**
 * Where an import puts the rows that failed: {@code <file>.failed.csv}, the file's own columns then
 * {@code line}, {@code reason} and {@code message}, so that once fixed it imports as it is.
 */
interface FailedRows extends Closeable {
  void failed(InputRow row, String reason, String message);

  /** The file, or null when no row failed (and so no file). */
  Path path();
}
