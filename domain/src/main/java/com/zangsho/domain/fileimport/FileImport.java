package com.zangsho.domain.fileimport;

import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.validation.Instants;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Duration;
import java.time.Instant;

/**
 * A file a merchant handed to the server (docs/api.md §8a), and how far its import is. The file's
 * bytes are kept beside it in parts ({@link FileImportRepository#addPart}), so any server sharing
 * the database can run it. Its counts change only in the transaction of the chunk of rows they
 * count ({@link FileImportRepository#counted}): after a crash they say exactly what landed.
 */
@Entity
@Table(name = "file_imports")
public class FileImport {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "file_import_ids")
  @TableGenerator(
      name = "file_import_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "file_imports",
      allocationSize = 1)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  /** What the file holds when its columns are the API's fields; null for a profile or mapping. */
  @Column(updatable = false)
  private String resource;

  @Column(updatable = false)
  private String profile;

  /** A mapping the merchant sent (YAML, the exports mapping's format), or null. */
  @Column(name = "mapping_yaml", updatable = false)
  private String mappingYaml;

  @Column(name = "on_conflict", nullable = false, updatable = false)
  @Convert(converter = ConflictStrategy.Converter.class)
  private ConflictStrategy onConflict;

  @Column(name = "dry_run", nullable = false, updatable = false)
  private boolean dryRun;

  @Column(nullable = false, updatable = false)
  private String encoding;

  @Column(name = "file_name", updatable = false)
  private String fileName;

  @Column(name = "file_bytes", nullable = false)
  private long fileBytes;

  @Column(name = "file_rows", nullable = false)
  private long fileRows;

  @Column(name = "file_sha256")
  private String fileSha256;

  @Column(name = "file_parts", nullable = false)
  private int fileParts;

  /** The file's header line, as CSV: the failed-rows file starts with it. */
  @Column(name = "header_csv")
  private String headerCsv;

  @Column(nullable = false)
  @Convert(converter = FileImportState.Converter.class)
  private FileImportState state;

  /**
   * The tenant's id while this import runs, null otherwise: a unique key, so that the database
   * itself keeps a tenant to one running import whichever server starts it.
   */
  @Column(name = "running_tenant_id")
  private Long runningTenantId;

  @Column(name = "cancel_requested", nullable = false)
  private boolean cancelRequested;

  /** Rows read (through a mapping: records), by every partition of its job. */
  @Column(name = "rows_read", nullable = false)
  private long rowsRead;

  @Column(name = "created_count", nullable = false)
  private long createdCount;

  @Column(name = "updated_count", nullable = false)
  private long updatedCount;

  @Column(name = "skipped_count", nullable = false)
  private long skippedCount;

  @Column(name = "failed_count", nullable = false)
  private long failedCount;

  /** Why the import failed as a whole. */
  private String error;

  /** The server running it, as {@code cluster_nodes} names it. */
  @Column(name = "node_name")
  private String nodeName;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Column(name = "token_id", updatable = false)
  private Long tokenId;

  @Column(name = "token_name", updatable = false)
  private String tokenName;

  @Column(updatable = false)
  private String ip;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  /** When the current run began, and how many rows had been read before it: its rate. */
  @Column(name = "run_started_at")
  private Instant runStartedAt;

  @Column(name = "rows_before_run", nullable = false)
  private long rowsBeforeRun;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected FileImport() {}

  /** What the merchant asked for, before the file is read. */
  public record Request(
      String resource,
      String profile,
      String mappingYaml,
      ConflictStrategy onConflict,
      boolean dryRun,
      String encoding,
      String fileName) {}

  /** Who handed the file over, for the activity log entries of its chunks. */
  public record Submitter(long tenantId, Long tokenId, String tokenName, String ip) {}

  /** What reading the whole file at upload found. */
  public record Stored(long bytes, long rows, String sha256, int parts, String headerCsv) {}

  /** Queued before its file is read, so that the file's parts have its id to be kept under. */
  public FileImport(Submitter submitter, Request request) {
    this.tenantId = submitter.tenantId();
    this.tokenId = submitter.tokenId();
    this.tokenName = submitter.tokenName();
    this.ip = submitter.ip();
    this.resource = request.resource();
    this.profile = request.profile();
    this.mappingYaml = request.mappingYaml();
    this.onConflict = request.onConflict();
    this.dryRun = request.dryRun();
    this.encoding = request.encoding();
    this.fileName = request.fileName();
    this.state = FileImportState.QUEUED;
    this.createdAt = Instants.now();
  }

  /** The file, read to its end and kept. */
  public void stored(Stored file) {
    this.fileBytes = file.bytes();
    this.fileRows = file.rows();
    this.fileSha256 = file.sha256();
    this.fileParts = file.parts();
    this.headerCsv = file.headerCsv();
  }

  /** Taken by {@code node}: a first run, or a run after the server before it died. */
  public void run(String node, Long executionId, Instant now) {
    if (startedAt == null) {
      startedAt = now;
    }
    state = FileImportState.RUNNING;
    runningTenantId = tenantId;
    nodeName = node;
    jobExecutionId = executionId;
    runStartedAt = now;
    rowsBeforeRun = rowsRead;
  }

  /** Its job, as Jakarta Batch numbers it: the execution a server restarts after a crash. */
  public void executing(long executionId) {
    jobExecutionId = executionId;
  }

  /** Asked to stop: the run stops at its next chunk boundary, what landed stays. */
  public void requestCancel() {
    if (state == FileImportState.QUEUED) {
      end(FileImportState.CANCELLED, null, Instants.now());
    } else if (state == FileImportState.RUNNING) {
      cancelRequested = true;
    }
  }

  public void end(FileImportState ended, String why, Instant now) {
    state = ended;
    error = why;
    runningTenantId = null;
    finishedAt = now;
  }

  /**
   * Rows per second of the current run, or 0 before it has read any. Its times are the API's, to
   * the second: a run of less than one counts as one.
   */
  public double rowsPerSecond(Instant now) {
    if (runStartedAt == null) {
      return 0;
    }
    Instant end = finishedAt != null ? finishedAt : now;
    long seconds = Math.max(1, Duration.between(runStartedAt, end).toSeconds());
    return Math.max(0, rowsRead - rowsBeforeRun) / (double) seconds;
  }

  /**
   * Seconds left at the current rate, or null when it is not running, has no rate yet, or goes
   * through a mapping (whose records are not the file's rows, and are known only once mapped).
   */
  public Long etaSeconds(Instant now) {
    double rate = rowsPerSecond(now);
    if (state != FileImportState.RUNNING || rate <= 0 || resource == null) {
      return null;
    }
    return (long) Math.ceil(Math.max(0, fileRows - rowsRead) / rate);
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getResource() {
    return resource;
  }

  public String getProfile() {
    return profile;
  }

  public String getMappingYaml() {
    return mappingYaml;
  }

  public ConflictStrategy getOnConflict() {
    return onConflict;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public String getEncoding() {
    return encoding;
  }

  public String getFileName() {
    return fileName;
  }

  public long getFileBytes() {
    return fileBytes;
  }

  public long getFileRows() {
    return fileRows;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public int getFileParts() {
    return fileParts;
  }

  public String getHeaderCsv() {
    return headerCsv;
  }

  public FileImportState getState() {
    return state;
  }

  public boolean isCancelRequested() {
    return cancelRequested;
  }

  public long getRowsRead() {
    return rowsRead;
  }

  public long getCreatedCount() {
    return createdCount;
  }

  public long getUpdatedCount() {
    return updatedCount;
  }

  public long getSkippedCount() {
    return skippedCount;
  }

  public long getFailedCount() {
    return failedCount;
  }

  public String getError() {
    return error;
  }

  public String getNodeName() {
    return nodeName;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }

  public Long getTokenId() {
    return tokenId;
  }

  public String getTokenName() {
    return tokenName;
  }

  public String getIp() {
    return ip;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
