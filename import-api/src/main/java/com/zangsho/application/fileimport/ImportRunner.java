package com.zangsho.application.fileimport;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.application.startup.ServerNodes;
import com.zangsho.domain.ConcurrentWriteException;
import com.zangsho.domain.fileimport.FileImport;
import com.zangsho.domain.fileimport.FileImportState;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each server's turn at the imports, every 2 s: it resumes a running import whose server is gone
 * (not heard from in 30 s, docs/cluster.md) or is itself, restarted after a crash, from the last
 * chunk that committed; then it starts the queued imports of tenants running none. Jakarta Batch
 * runs the jobs on the server's batch threads, its job repository in the application's database.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Startup
@DependsOn("StartupWork")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {
  static final String JOB = "file-import";

  /** JBeret's word for restarting an execution its dead server left marked as started. */
  private static final String RESTART_MODE = "jberet.restart.mode";

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  @Inject ImportRuns runs;
  @Inject ServerNodes nodes;
  @Inject ServerSettings settings;

  /** The imports this server's jobs run now: any other it is named for was left by a crash. */
  private final Set<Long> here = ConcurrentHashMap.newKeySet();

  /** A round that outlasts 2 s is not joined by the next one. */
  private final AtomicBoolean inRound = new AtomicBoolean();

  // Not persistent: a missed round is made good by the next.
  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  public void round() {
    if (!inRound.compareAndSet(false, true)) {
      return;
    }
    try {
      resumeOrphans();
      startQueued();
    } catch (RuntimeException e) {
      // The database away, say: the next round tries again.
      LOG.log(Level.WARNING, "import round failed: {0}", e.toString());
    } finally {
      inRound.set(false);
    }
  }

  /** Called by a job that completed or failed: its import is no longer this server's. */
  public void ended(long importId) {
    here.remove(importId);
  }

  private void resumeOrphans() {
    String me = settings.nodeName();
    Set<String> alive = null;
    for (FileImport running : runs.inState(FileImportState.RUNNING)) {
      String owner = running.getNodeName();
      if (here.contains(running.getId())) {
        continue;
      }
      if (!me.equals(owner)) {
        alive = alive != null ? alive : nodes.alive();
        if (alive.contains(owner)) {
          continue;
        }
      }
      Optional<Long> execution = runs.takeOver(running.getTenantId(), running.getId(), owner, me);
      if (execution == null) {
        continue;
      }
      LOG.info(
          () ->
              "resuming import "
                  + running.getId()
                  + " after row "
                  + running.getRowsRead()
                  + " (left by "
                  + owner
                  + ")");
      launch(running, execution.orElse(null));
    }
  }

  private void startQueued() {
    for (FileImport queued : runs.inState(FileImportState.QUEUED)) {
      boolean taken;
      try {
        taken = runs.take(queued.getTenantId(), queued.getId(), settings.nodeName());
      } catch (ConcurrentWriteException e) {
        taken = false;
      }
      if (taken) {
        launch(queued, null);
      }
    }
  }

  /**
   * Starts the import's job, or restarts the execution a dead server left: Jakarta Batch hands the
   * step the last checkpoint that committed.
   */
  private void launch(FileImport fileImport, Long previousExecution) {
    here.add(fileImport.getId());
    Properties parameters = new Properties();
    parameters.setProperty(ImportJobParameters.IMPORT_ID, fileImport.getId().toString());
    parameters.setProperty(ImportJobParameters.TENANT_ID, Long.toString(fileImport.getTenantId()));
    JobOperator jobs = BatchRuntime.getJobOperator();
    long execution;
    try {
      execution =
          previousExecution == null
              ? jobs.start(JOB, parameters)
              : restart(jobs, previousExecution, parameters);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "import " + fileImport.getId() + " could not start", e);
      here.remove(fileImport.getId());
      runs.end(fileImport.getTenantId(), fileImport.getId(), "the job could not start: " + e);
      return;
    }
    runs.started(fileImport.getTenantId(), fileImport.getId(), execution);
  }

  /**
   * The dead server's execution, restarted; a new one when the job repository does not have it (a
   * server whose repository is not the database's): the reader takes its place from the import, not
   * from the execution.
   */
  private static long restart(JobOperator jobs, long previous, Properties parameters) {
    Properties forced = new Properties();
    forced.putAll(parameters);
    forced.setProperty(RESTART_MODE, "force");
    try {
      return jobs.restart(previous, forced);
    } catch (NoSuchJobExecutionException | JobRestartException e) {
      LOG.info(() -> "execution " + previous + " cannot be restarted (" + e + "); starting anew");
      return jobs.start(JOB, parameters);
    }
  }
}
