package com.zangsho.domain.fileimport;

import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** Imports, their files and their failed rows; every read of a merchant's names its tenant. */
public interface FileImportRepository {
  void add(FileImport fileImport);

  /** A part of an import's file, in order from 0; parts are never changed. */
  void addPart(long importId, int part, byte[] bytes);

  /** Part {@code part} of the file, read on its own: the file is never all in memory. */
  byte[] part(long importId, int part);

  Optional<FileImport> find(long tenantId, long id);

  /** Whether the import was asked to stop: read at each chunk's start, so one column only. */
  boolean cancelRequested(long tenantId, long id);

  /** Locked for the caller's transaction: its state changes one writer at a time. */
  Optional<FileImport> lock(long tenantId, long id);

  Page<FileImport> list(long tenantId, PageRequest page);

  /** Server-wide: the imports in {@code state}, oldest first, for the servers to run. */
  List<FileImport> inState(FileImportState state, int limit);

  /**
   * Writes pending changes now.
   *
   * @throws com.zangsho.domain.ConcurrentWriteException when a unique key was taken meanwhile
   */
  void flush();

  /** Whether the tenant has an import running. */
  boolean running(long tenantId);

  void addFailedRows(long importId, List<FailedRow> rows);

  /**
   * The item partition {@code partition} of the import's job reads next, if it has written a chunk.
   */
  OptionalLong nextItem(long importId, int partition);

  /**
   * A chunk of partition {@code partition}, written: its counts added to the import's, and the
   * partition's next item moved on, in the chunk's transaction. The import's row is locked only
   * from here to the commit.
   */
  void counted(long importId, int partition, long nextItem, ChunkCounts chunk);

  /** The failed rows by line, handed one at a time: a file of many is never all in memory. */
  void failedRows(long tenantId, long importId, Consumer<FailedRow> each);
}
