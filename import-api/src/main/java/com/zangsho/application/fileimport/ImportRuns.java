package com.zangsho.application.fileimport;

import com.zangsho.application.webhook.Outbox;
import com.zangsho.application.webhook.WebhookEvent;
import com.zangsho.domain.fileimport.FileImport;
import com.zangsho.domain.fileimport.FileImportRepository;
import com.zangsho.domain.fileimport.FileImportState;
import com.zangsho.domain.validation.Instants;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The steps of an import's life that no request makes, each a transaction of its own: a server
 * taking a queued import, or one whose server died, and the import's end with its webhook event.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRuns {
  /** How many imports of each state a server looks at per round. */
  static final int ROUND = 50;

  @Inject FileImportRepository imports;
  @Inject Outbox outbox;

  /** For a job step outside a chunk (its partitions' plan): the import as it is now. */
  public FileImport find(long tenantId, long importId) {
    return imports.find(tenantId, importId).orElseThrow();
  }

  public List<FileImport> inState(FileImportState state) {
    return imports.inState(state, ROUND);
  }

  /**
   * Takes a queued import for {@code node} when its tenant runs none: the database's unique key on
   * the running tenant settles two servers taking two of a tenant's imports at once.
   *
   * @return whether {@code node} has it
   * @throws com.zangsho.domain.ConcurrentWriteException when another server took another of the
   *     tenant's imports meanwhile
   */
  public boolean take(long tenantId, long importId, String node) {
    FileImport fileImport = imports.lock(tenantId, importId).orElse(null);
    if (fileImport == null
        || fileImport.getState() != FileImportState.QUEUED
        || imports.running(tenantId)) {
      return false;
    }
    fileImport.run(node, null, Instants.now());
    imports.flush();
    return true;
  }

  /**
   * Takes over a running import whose server is gone (or is this one, restarted).
   *
   * @return the job execution to restart, empty when the job never started; null when another
   *     server took it first
   */
  public Optional<Long> takeOver(long tenantId, long importId, String from, String node) {
    FileImport fileImport = imports.lock(tenantId, importId).orElse(null);
    if (fileImport == null
        || fileImport.getState() != FileImportState.RUNNING
        || !from.equals(fileImport.getNodeName())) {
      return null;
    }
    Long execution = fileImport.getJobExecutionId();
    fileImport.run(node, execution, Instants.now());
    return Optional.ofNullable(execution);
  }

  public void started(long tenantId, long importId, long executionId) {
    imports.lock(tenantId, importId).ifPresent(i -> i.executing(executionId));
  }

  /**
   * Ends an import, and announces it: {@code import.completed} or {@code import.failed} with the
   * import as the API shows it. A cancelled import announces nothing: its caller asked for it.
   *
   * @param error why the job failed, or null when it completed
   */
  public void end(long tenantId, long importId, String error) {
    FileImport fileImport = imports.lock(tenantId, importId).orElse(null);
    if (fileImport == null || fileImport.getState().ended()) {
      return;
    }
    Instant now = Instants.now();
    FileImportState ended =
        error != null
            ? FileImportState.FAILED
            : fileImport.isCancelRequested()
                ? FileImportState.CANCELLED
                : FileImportState.COMPLETED;
    fileImport.end(ended, error, now);
    if (ended != FileImportState.CANCELLED) {
      outbox.publish(
          tenantId,
          List.of(
              new WebhookEvent(
                  "import." + ended.wireName(),
                  "import:" + importId,
                  FileImportJson.of(fileImport, now).toString())));
    }
  }
}
