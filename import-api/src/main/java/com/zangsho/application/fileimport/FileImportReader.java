package com.zangsho.application.fileimport;

import com.zangsho.domain.fileimport.FileImport;
import com.zangsho.domain.fileimport.FileImportLimits;
import com.zangsho.domain.fileimport.FileImportRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The import job's reader: the file's items from where the import's last committed chunk left it.
 * That place is the import's own count of items read, which commits in the chunk's transaction with
 * the chunk's rows ({@link ImportChunks}); Jakarta Batch's checkpoint says the same, with the
 * file's hash. It checks at each chunk's start whether it was asked to stop.
 */
@Named
@Dependent
public class FileImportReader extends AbstractItemReader {
  @Inject FileImportRepository imports;

  @Inject ImportJobParameters job;

  @Inject
  @BatchProperty(name = FileImportPartitions.PARTITION)
  String partition;

  @Inject
  @BatchProperty(name = FileImportPartitions.FIRST)
  String first;

  @Inject
  @BatchProperty(name = FileImportPartitions.END)
  String end;

  private FileImport fileImport;
  private ImportItems items;
  private long read;
  private long line;
  private long last;

  /** Where the reader is: the next item, the line of the last read, the file it reads. */
  record Checkpoint(long items, long line, String sha256) implements Serializable {}

  @Override
  public void open(Serializable checkpoint) {
    fileImport = imports.find(job.tenantId(), job.importId()).orElseThrow();
    if (checkpoint instanceof Checkpoint at && !at.sha256().equals(fileImport.getFileSha256())) {
      throw new IllegalStateException(
          "import " + fileImport.getId() + ": its file changed under it");
    }
    read =
        imports
            .nextItem(fileImport.getId(), Integer.parseInt(partition))
            .orElse(Long.parseLong(first));
    last = Long.parseLong(end);
    items = new ImportItems(imports, fileImport, read);
  }

  @Override
  public Object readItem() {
    if (read >= last || read % FileImportLimits.CHUNK_ROWS == 0 && cancelRequested()) {
      return null;
    }
    if (!items.hasNext()) {
      return null;
    }
    ImportItem item = items.next();
    read++;
    line = item.line();
    return item;
  }

  private boolean cancelRequested() {
    return imports.cancelRequested(fileImport.getTenantId(), fileImport.getId());
  }

  @Override
  public Serializable checkpointInfo() {
    return new Checkpoint(read, line, fileImport.getFileSha256());
  }

  @Override
  public void close() {
    if (items != null) {
      items.close();
    }
  }
}
