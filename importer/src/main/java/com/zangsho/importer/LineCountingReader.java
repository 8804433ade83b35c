package com.zangsho.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Text that knows the line of any character position read so far, for a parser that reports
 * positions but not lines (a quoted CSV cell may span lines, so a record's number is not its line).
 * Keeps only the line ends past the last position asked about, so memory does not grow with the
 * file. A line ends at {@code \n} (so {@code \r\n} too).
 */
final class LineCountingReader extends FilterReader {
  private final Deque<Long> lineEnds = new ArrayDeque<>();
  private long position;
  private long linesBefore;

  LineCountingReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      seen((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    for (int i = 0; i < read; i++) {
      seen(buffer[offset + i]);
    }
    return read;
  }

  private void seen(char c) {
    if (c == '\n') {
      lineEnds.add(position);
    }
    position++;
  }

  /** The 1-based line of a position; positions asked about must not go backwards. */
  long lineAt(long charPosition) {
    while (!lineEnds.isEmpty() && lineEnds.peekFirst() < charPosition) {
      lineEnds.removeFirst();
      linesBefore++;
    }
    return linesBefore + 1;
  }
}
