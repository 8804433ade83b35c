package com.zangsho.application.fileimport;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.activity.ActivityLogEntry;
import com.zangsho.domain.activity.ActivityLogRepository;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.fileimport.ChunkCounts;
import com.zangsho.domain.fileimport.FailedRow;
import com.zangsho.domain.fileimport.FileImport;
import com.zangsho.domain.fileimport.FileImportRepository;
import com.zangsho.domain.tenant.Ability;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.validation.Rule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one chunk of an import in the chunk's transaction: its items through the resource's batch
 * service (the batch endpoint's rules, row by row), the failed ones kept with why, one activity log
 * entry per resource written, and the import's counts and its partition's place in the file. All of
 * it commits with the rows or none of it does, so that a chunk run again after a crash neither
 * counts nor lists a row twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ImportChunks {
  static final String CUSTOMER_EXTERNAL_ID = "customer_external_id";

  @Inject FileImportRepository imports;
  @Inject CustomerRepository customers;
  @Inject ActivityLogRepository activity;
  @Inject ImportTargets targets;

  /**
   * @param fileImport the import as its job began: what it writes and for whom, which never changes
   * @param partition the job's partition that read the chunk
   * @param nextItem the item the partition reads after this chunk
   * @param items the chunk's items, in the file's order
   */
  public void write(FileImport fileImport, int partition, long nextItem, List<ImportItem> items) {
    long tenantId = fileImport.getTenantId();
    long importId = fileImport.getId();
    Caller caller =
        new Caller(
            tenantId,
            fileImport.getTokenId() == null ? 0 : fileImport.getTokenId(),
            fileImport.getTokenName(),
            List.of(Ability.ALL),
            null);
    List<FailedRow> failed = new ArrayList<>();
    int[] counts = new int[3];
    int start = 0;
    // Items of one resource at a time: an export's customers come before its orders.
    while (start < items.size()) {
      String resource = items.get(start).resource();
      int end = start;
      while (end < items.size() && items.get(end).resource().equals(resource)) {
        end++;
      }
      write(caller, fileImport, items.subList(start, end), failed, counts);
      start = end;
    }
    imports.addFailedRows(importId, failed);
    imports.counted(
        importId,
        partition,
        nextItem,
        new ChunkCounts(items.size(), counts[0], counts[1], counts[2], failed.size()));
  }

  private void write(
      Caller caller,
      FileImport fileImport,
      List<ImportItem> items,
      List<FailedRow> failed,
      int[] counts) {
    String resource = items.get(0).resource();
    ImportTarget<?, ?> target = targets.get(resource);
    Map<String, Long> customerIds = customerIds(caller.tenantId(), items);
    List<Map<String, ?>> rows = new ArrayList<>(items.size());
    List<ImportItem> written = new ArrayList<>(items.size());
    for (ImportItem item : items) {
      if (item.problem() != null) {
        failed.add(
            new FailedRow(
                resource, item.line(), "mapping_error", null, null, List.of(), item.problem()));
        continue;
      }
      Map<String, ?> fields = item.fields();
      Object externalId = fields.get(CUSTOMER_EXTERNAL_ID);
      if (externalId != null) {
        Long id = customerIds.get(externalId.toString());
        if (id == null) {
          failed.add(
              new FailedRow(
                  resource,
                  item.line(),
                  "customer_not_found",
                  CUSTOMER_EXTERNAL_ID,
                  Rule.EXISTS.name(),
                  List.of(),
                  null));
          continue;
        }
        Map<String, Object> withId = new HashMap<>(fields);
        withId.remove(CUSTOMER_EXTERNAL_ID);
        withId.put("customer_id", id.toString());
        fields = withId;
      }
      rows.add(fields);
      written.add(item);
    }
    if (rows.isEmpty()) {
      return;
    }
    BatchResult result =
        target.write(caller, rows, fileImport.getOnConflict(), fileImport.isDryRun());
    for (BatchResult.Failed f : result.failed()) {
      ImportItem item = written.get(f.index());
      failed.add(
          new FailedRow(
              resource,
              item.line(),
              f.reason(),
              f.violation() == null ? null : f.violation().field(),
              f.violation() == null ? null : f.violation().rule().name(),
              f.violation() == null
                  ? List.of()
                  : f.violation().args().stream().map(String::valueOf).toList(),
              null));
    }
    counts[0] += result.created().size();
    counts[1] += result.updated().size();
    counts[2] += result.skipped().size();
    if (!fileImport.isDryRun()) {
      activity.add(
          new ActivityLogEntry(
              caller.tenantId(),
              target.action(),
              fileImport.getTokenId(),
              fileImport.getTokenName(),
              null,
              null,
              summary(fileImport.getId(), result),
              fileImport.getIp()));
    }
  }

  /** The customers a mapped chunk names by external id, looked up in one query. */
  private Map<String, Long> customerIds(long tenantId, List<ImportItem> items) {
    Set<String> externalIds = new LinkedHashSet<>();
    for (ImportItem item : items) {
      if (item.fields() != null && item.fields().get(CUSTOMER_EXTERNAL_ID) != null) {
        externalIds.add(item.fields().get(CUSTOMER_EXTERNAL_ID).toString());
      }
    }
    Map<String, Long> ids = new HashMap<>();
    if (!externalIds.isEmpty()) {
      for (Customer customer :
          customers.findByEmailKeysOrExternalIds(tenantId, Set.of(), externalIds, RowLock.NONE)) {
        if (customer.getExternalId() != null) {
          ids.put(customer.getExternalId(), customer.getId());
        }
      }
    }
    return ids;
  }

  /** The batch endpoint's summary, with the import it belongs to. */
  private static String summary(long importId, BatchResult result) {
    return "{\"total\":%d,\"created\":%d,\"updated\":%d,\"skipped\":%d,\"failed\":%d,\"import_id\":%d}"
        .formatted(
            result.total(),
            result.created().size(),
            result.updated().size(),
            result.skipped().size(),
            result.failed().size(),
            importId);
  }
}
