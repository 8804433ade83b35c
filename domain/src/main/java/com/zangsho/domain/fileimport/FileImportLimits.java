package com.zangsho.domain.fileimport;

/** What one upload may hold (docs/api.md §8a), and how the server keeps and runs it. */
public final class FileImportLimits {
  /** The file's size: 512 MiB, about 5 M customers' rows as most exports write them. */
  public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

  /** Data rows, the header not counted: a spreadsheet's 1,048,576 rows. */
  public static final long MAX_ROWS = 1_048_576;

  /** A stored part of a file: small enough for any database's packet, few enough rows. */
  public static final int PART_BYTES = 1024 * 1024;

  /** Rows per chunk: the batch API's largest batch, one transaction and one activity entry. */
  public static final int CHUNK_ROWS = 100;

  /** A mapping sent with the file, as YAML. */
  public static final int MAX_MAPPING_BYTES = 64 * 1024;

  private FileImportLimits() {}
}
