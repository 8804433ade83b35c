-- Whole files imported by the server (docs/api.md §8a). The file itself is kept here, in parts of
-- 1 MiB, so that any server sharing the database can run or resume its import.
CREATE TABLE file_imports (
  id BIGINT NOT NULL,
  tenant_id BIGINT NOT NULL,
  resource VARCHAR(32) NULL,
  profile VARCHAR(64) NULL,
  mapping_yaml TEXT NULL,
  on_conflict VARCHAR(16) NOT NULL,
  dry_run BOOLEAN NOT NULL,
  encoding VARCHAR(32) NOT NULL,
  file_name VARCHAR(255) NULL,
  file_bytes BIGINT NOT NULL,
  file_rows BIGINT NOT NULL,
  file_sha256 CHAR(64) NULL,
  file_parts INT NOT NULL,
  header_csv TEXT NULL,
  state VARCHAR(16) NOT NULL,
  -- The tenant's id while the import runs, NULL otherwise: unique, so that a tenant runs one import
  -- at a time whichever server starts it (NULLs do not collide).
  running_tenant_id BIGINT NULL,
  cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,
  rows_read BIGINT NOT NULL DEFAULT 0,
  created_count BIGINT NOT NULL DEFAULT 0,
  updated_count BIGINT NOT NULL DEFAULT 0,
  skipped_count BIGINT NOT NULL DEFAULT 0,
  failed_count BIGINT NOT NULL DEFAULT 0,
  error VARCHAR(1024) NULL,
  node_name VARCHAR(255) NULL,
  job_execution_id BIGINT NULL,
  token_id BIGINT NULL,
  token_name VARCHAR(255) NULL,
  ip VARCHAR(64) NULL,
  created_at DATETIME(6) NOT NULL,
  started_at DATETIME(6) NULL,
  run_started_at DATETIME(6) NULL,
  rows_before_run BIGINT NOT NULL DEFAULT 0,
  finished_at DATETIME(6) NULL,
  CONSTRAINT pk_file_imports PRIMARY KEY (id),
  CONSTRAINT uq_file_imports_running_tenant UNIQUE (running_tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_file_imports_tenant ON file_imports (tenant_id, id);
CREATE INDEX ix_file_imports_state ON file_imports (state, id);

-- Where each partition of an import's job is: the next item it reads. Written in the chunk's
-- transaction with the chunk's rows and the import's counts, so that a partition resumes after
-- exactly what committed.
CREATE TABLE file_import_partitions (
  import_id BIGINT NOT NULL,
  partition_no INT NOT NULL,
  next_item BIGINT NOT NULL,
  CONSTRAINT pk_file_import_partitions PRIMARY KEY (import_id, partition_no)
) ENGINE=InnoDB;

CREATE TABLE file_import_parts (
  import_id BIGINT NOT NULL,
  part INT NOT NULL,
  bytes LONGBLOB NOT NULL,
  CONSTRAINT pk_file_import_parts PRIMARY KEY (import_id, part)
) ENGINE=InnoDB;

-- A row that did not land; the failed-rows file shows it as the file has it, read again from the
-- file's parts. Keyed by its line (and what it was to become: an export's row may feed
-- a customer and an order), so that a chunk run again after a crash cannot list a row twice.
CREATE TABLE file_import_failed_rows (
  import_id BIGINT NOT NULL,
  resource VARCHAR(32) NOT NULL,
  line BIGINT NOT NULL,
  reason VARCHAR(64) NOT NULL,
  field VARCHAR(64) NULL,
  rule_key VARCHAR(64) NULL,
  args VARCHAR(1024) NULL,
  message VARCHAR(2048) NULL,
  CONSTRAINT pk_file_import_failed_rows PRIMARY KEY (import_id, line, resource)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO id_sequences (sequence_name, next_val)
SELECT 'file_imports', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM id_sequences WHERE sequence_name = 'file_imports');

-- Jakarta Batch's job repository (JOB_INSTANCE, JOB_EXECUTION, STEP_EXECUTION, PARTITION_EXECUTION)
-- is JBeret's: it makes its tables, in its own DDL for the database, when the application deploys,
-- before this migration can run (persistence/Migrations).
