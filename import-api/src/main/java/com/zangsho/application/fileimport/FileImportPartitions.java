package com.zangsho.application.fileimport;

import com.zangsho.domain.fileimport.FileImport;
import com.zangsho.domain.fileimport.FileImportLimits;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits an import's items into ranges that run side by side, each on a batch thread with its own
 * chunks and checkpoints: as many as the command-line importer's workers, so that the database
 * always has a chunk to take while another is being read and decided. A file through a mapping runs
 * as one range: an export's customers must land before its orders.
 */
@Named
@Dependent
public class FileImportPartitions implements PartitionMapper {
  static final String PARTITION = "partition";
  static final String FIRST = "first";
  static final String END = "end";

  /** Ranges of one file: two per core of the machine this was measured on (docs/performance.md). */
  static final int PARTITIONS = 4;

  /** A file of fewer chunks than this runs as one range. */
  private static final int CHUNKS_PER_PARTITION_AT_LEAST = 10;

  @Inject ImportRuns runs;

  @Inject ImportJobParameters job;

  @Override
  public PartitionPlan mapPartitions() {
    FileImport fileImport = runs.find(job.tenantId(), job.importId());
    if (fileImport.getResource() == null) {
      return plan(range(0, 0, Long.MAX_VALUE));
    }
    long items = fileImport.getFileRows();
    long chunks = (items + FileImportLimits.CHUNK_ROWS - 1) / FileImportLimits.CHUNK_ROWS;
    int count = (int) Math.max(1, Math.min(PARTITIONS, chunks / CHUNKS_PER_PARTITION_AT_LEAST));
    // Whole chunks per range, so that a range's chunks are the ones a single reader would make.
    long itemsEach = (chunks + count - 1) / count * FileImportLimits.CHUNK_ROWS;
    Properties[] ranges = new Properties[count];
    for (int i = 0; i < count; i++) {
      ranges[i] =
          range(i, i * itemsEach, i == count - 1 ? items : Math.min(items, (i + 1) * itemsEach));
    }
    return plan(ranges);
  }

  private static Properties range(int partition, long first, long end) {
    Properties range = new Properties();
    range.setProperty(PARTITION, Integer.toString(partition));
    range.setProperty(FIRST, Long.toString(first));
    range.setProperty(END, Long.toString(end));
    return range;
  }

  private static PartitionPlan plan(Properties... ranges) {
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(ranges.length);
    plan.setThreads(ranges.length);
    plan.setPartitionProperties(ranges);
    return plan;
  }
}
