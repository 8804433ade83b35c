package com.zangsho.mapping;

/** A file that cannot be read as an export: not text in a known encoding, or without a header. */
public class ExportFileException extends RuntimeException {
  public ExportFileException(String message) {
    super(message);
  }
}
