package com.zangsho.domain.fileimport;

import com.zangsho.domain.DomainException;

/** An upload past {@link FileImportLimits}: refused as soon as it is known, nothing kept. */
public class FileTooLargeException extends DomainException {
  /** Which limit it passed. */
  public enum Limit {
    /** {@link FileImportLimits#MAX_FILE_BYTES}, told in MiB. */
    MEBIBYTES,
    /** {@link FileImportLimits#MAX_ROWS}. */
    ROWS
  }

  private final Limit limit;
  private final long max;

  public FileTooLargeException(Limit limit, long max) {
    super("file over " + max + " " + limit);
    this.limit = limit;
    this.max = max;
  }

  public Limit limit() {
    return limit;
  }

  public long max() {
    return max;
  }
}
