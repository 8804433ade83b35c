package com.zangsho.application.fileimport;

import com.zangsho.domain.fileimport.FileImport;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The import job's writer: a chunk's items through {@link ImportChunks}, in its transaction, with
 * where its partition reads next: after the chunk's last item.
 */
@Named
@Dependent
public class FileImportWriter extends AbstractItemWriter {
  @Inject ImportChunks chunks;
  @Inject ImportRuns runs;

  @Inject ImportJobParameters job;

  @Inject
  @BatchProperty(name = FileImportPartitions.PARTITION)
  String partition;

  /** What it writes and for whom, read once: an import's request never changes. */
  private FileImport fileImport;

  @Override
  public void open(Serializable checkpoint) {
    fileImport = runs.find(job.tenantId(), job.importId());
  }

  @Override
  public void writeItems(List<Object> items) {
    @SuppressWarnings("unchecked")
    List<ImportItem> chunk = (List<ImportItem>) (List<?>) items;
    chunks.write(
        fileImport, Integer.parseInt(partition), chunk.get(chunk.size() - 1).index() + 1, chunk);
  }
}
