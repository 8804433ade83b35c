package com.zangsho.application.fileimport;

import com.zangsho.domain.fileimport.FileImport;
import com.zangsho.domain.fileimport.FileImportRepository;
import com.zangsho.mapping.ExportFile;
import com.zangsho.mapping.Mapping;
import com.zangsho.mapping.MappingEngine;
import com.zangsho.mapping.Problem;
import com.zangsho.mapping.ResourceMapping;
import com.zangsho.mapping.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An import's items in a fixed order, so that a count of items read is a place in the file: the
 * rows in file order, or, through a mapping, each resource's records (in the seed's order) and then
 * the records it could not make. Streams a file in the resource's own columns; a mapping holds a
 * resource's grouped records (their mapped fields) while they are read.
 */
final class ImportItems implements Iterator<ImportItem>, AutoCloseable {
  private final FileImportRepository imports;
  private final FileImport fileImport;
  private final Mapping mapping;
  private ExportFile plain;
  private Iterator<Row> rows;
  private int resource = -1;
  private Iterator<ImportItem> mapped;
  private long next;

  /**
   * @param from how many items were read before: they are passed over
   */
  ImportItems(FileImportRepository imports, FileImport fileImport, long from) {
    this.imports = imports;
    this.fileImport = fileImport;
    this.mapping = StoredFile.mapping(fileImport.getProfile(), fileImport.getMappingYaml());
    if (mapping == null) {
      plain = StoredFile.open(imports, fileImport);
      rows = plain.iterator();
    }
    for (long i = 0; i < from && hasNext(); i++) {
      next();
    }
  }

  @Override
  public boolean hasNext() {
    if (mapping == null) {
      return rows.hasNext();
    }
    while (mapped == null || !mapped.hasNext()) {
      if (++resource >= mapping.resources().size()) {
        return false;
      }
      mapped = map(mapping.resources().get(resource));
    }
    return true;
  }

  @Override
  public ImportItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (mapping == null) {
      Row row = rows.next();
      return new ImportItem(next++, fileImport.getResource(), row.line(), row.values(), null);
    }
    return mapped.next();
  }

  private Iterator<ImportItem> map(ResourceMapping resourceMapping) {
    MappingEngine.Result result =
        new MappingEngine(mapping)
            .map(
                resourceMapping,
                () -> {
                  ExportFile file = StoredFile.open(imports, fileImport);
                  return file.iterator();
                });
    String name = resourceMapping.resource();
    Iterator<MappingEngine.Record> records = result.records().iterator();
    Iterator<Problem> problems = result.problems().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext() || problems.hasNext();
      }

      @Override
      public ImportItem next() {
        if (records.hasNext()) {
          MappingEngine.Record record = records.next();
          return new ImportItem(next++, name, record.line(), record.fields(), null);
        }
        Problem problem = problems.next();
        return new ImportItem(next++, name, problem.line(), null, problem.toString());
      }
    };
  }

  @Override
  public void close() {
    if (plain != null) {
      try {
        plain.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
