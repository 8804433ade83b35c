package com.zangsho.mapping;

/** A file that cannot be read as an export: not text in a known encoding, or without a header. */
public class ExportFileException extends RuntimeException {
  public ExportFileException(String message) {
    super(message);
  }

  /** With what the reader failed on, e.g. a {@link java.nio.charset.CharacterCodingException}. */
  public ExportFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
