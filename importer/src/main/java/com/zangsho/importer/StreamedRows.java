package com.zangsho.importer;

import java.util.NoSuchElementException;

/** A {@link RowReader} that reads a row when asked whether there is one. */
abstract class StreamedRows implements RowReader {
  private InputRow next;

  /** Set when the file has no more rows: at its end, or after a row nothing follows. */
  protected boolean done;

  /** The next row, or null for nothing this time (a blank line, or the end: then sets done). */
  protected abstract InputRow read();

  /** A row known before reading (e.g. a file of the wrong shape). */
  protected void putBack(InputRow row) {
    next = row;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      next = read();
    }
    return next != null;
  }

  @Override
  public InputRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputRow row = next;
    next = null;
    return row;
  }
}
