package com.zangsho.persistence.fileimport;

import com.zangsho.domain.fileimport.ChunkCounts;
import com.zangsho.domain.fileimport.FailedRow;
import com.zangsho.domain.fileimport.FileImport;
import com.zangsho.domain.fileimport.FileImportRepository;
import com.zangsho.domain.fileimport.FileImportState;
import com.zangsho.domain.page.Cursor;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.ListOrder;
import com.zangsho.persistence.ListQuery;
import com.zangsho.persistence.Paging;
import com.zangsho.persistence.ReportsRaces;
import com.zangsho.persistence.TenantWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The imports through JPA; their files' parts and their failed rows in SQL: bytes and lines, never
 * entities, so that neither a large file nor a long list of failures sits in the persistence
 * context.
 */
@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaFileImportRepository extends JpaRecords<FileImport>
    implements FileImportRepository {
  private static final ListQuery<FileImport> LIST =
      new ListQuery<>(
          FileImport.class,
          "FileImport i",
          "",
          ListOrder.BY_ID_DESCENDING,
          fileImport -> Cursor.of(fileImport.getId()));

  /** What separates a rule's arguments in {@code args}: a unit separator, never in a message. */
  private static final String ARGS_SEPARATOR = "\u001f";

  @Override
  public void addPart(long importId, int part, byte[] bytes) {
    em.createNativeQuery("insert into file_import_parts (import_id, part, bytes) values (?, ?, ?)")
        .setParameter(1, importId)
        .setParameter(2, part)
        .setParameter(3, bytes)
        .executeUpdate();
  }

  @Override
  public byte[] part(long importId, int part) {
    return (byte[])
        em.createNativeQuery(
                "select bytes from file_import_parts where import_id = ? and part = ?",
                byte[].class)
            .setParameter(1, importId)
            .setParameter(2, part)
            .getSingleResult();
  }

  @Override
  public Optional<FileImport> find(long tenantId, long id) {
    return em.createQuery(
            "select i from FileImport i where i.tenantId = :tenantId and i.id = :id",
            FileImport.class)
        .setParameter("tenantId", tenantId)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean cancelRequested(long tenantId, long id) {
    return em.createQuery(
            "select i.cancelRequested from FileImport i where i.tenantId = :tenantId and i.id = :id",
            Boolean.class)
        .setParameter("tenantId", tenantId)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(true);
  }

  @Override
  public Optional<FileImport> lock(long tenantId, long id) {
    return em.createQuery(
            "select i from FileImport i where i.tenantId = :tenantId and i.id = :id",
            FileImport.class)
        .setParameter("tenantId", tenantId)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<FileImport> list(long tenantId, PageRequest page) {
    return Paging.page(em, LIST, new TenantWhere("i", tenantId), page);
  }

  @Override
  public List<FileImport> inState(FileImportState state, int limit) {
    return em.createQuery(
            "select i from FileImport i where i.state = :state order by i.id", FileImport.class)
        .setParameter("state", state)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean running(long tenantId) {
    return !em.createQuery(
            "select i.id from FileImport i where i.runningTenantId = :tenantId", Long.class)
        .setParameter("tenantId", tenantId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void addFailedRows(long importId, List<FailedRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (var insert =
                  connection.prepareStatement(
                      "insert into file_import_failed_rows (import_id, resource, line,"
                          + " reason, field, rule_key, args, message)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (FailedRow row : rows) {
                  insert.setLong(1, importId);
                  insert.setString(2, row.resource());
                  insert.setLong(3, row.line());
                  insert.setString(4, row.reason());
                  insert.setString(5, row.field());
                  insert.setString(6, row.rule());
                  insert.setString(7, String.join(ARGS_SEPARATOR, row.args()));
                  insert.setString(8, row.message());
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  @Override
  public OptionalLong nextItem(long importId, int partition) {
    List<?> found =
        em.createNativeQuery(
                "select next_item from file_import_partitions where import_id = ? and partition_no = ?")
            .setParameter(1, importId)
            .setParameter(2, partition)
            .getResultList();
    return found.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(((Number) found.get(0)).longValue());
  }

  @Override
  public void counted(long importId, int partition, long nextItem, ChunkCounts chunk) {
    em.createNativeQuery(
            "insert into file_import_partitions (import_id, partition_no, next_item)"
                + " values (?, ?, ?) on duplicate key update next_item = values(next_item)")
        .setParameter(1, importId)
        .setParameter(2, partition)
        .setParameter(3, nextItem)
        .unwrap(NativeQuery.class)
        .addSynchronizedQuerySpace("file_import_partitions")
        .executeUpdate();
    em.createNativeQuery(
            "update file_imports set rows_read = rows_read + ?, created_count = created_count + ?,"
                + " updated_count = updated_count + ?, skipped_count = skipped_count + ?,"
                + " failed_count = failed_count + ? where id = ?")
        .setParameter(1, chunk.items())
        .setParameter(2, chunk.created())
        .setParameter(3, chunk.updated())
        .setParameter(4, chunk.skipped())
        .setParameter(5, chunk.failed())
        .setParameter(6, importId)
        // Named, so that Hibernate does not clear every cached entity on each chunk's update.
        .unwrap(NativeQuery.class)
        .addSynchronizedQuerySpace("file_imports")
        .executeUpdate();
  }

  @Override
  public void failedRows(long tenantId, long importId, Consumer<FailedRow> each) {
    @SuppressWarnings("unchecked")
    Stream<Object[]> rows =
        em.createNativeQuery(
                "select f.resource, f.line, f.reason, f.field, f.rule_key, f.args,"
                    + " f.message from file_import_failed_rows f"
                    + " join file_imports i on i.id = f.import_id"
                    + " where i.tenant_id = ? and f.import_id = ? order by f.line, f.resource")
            .setParameter(1, tenantId)
            .setParameter(2, importId)
            .setHint("org.hibernate.fetchSize", 500)
            .getResultStream();
    try (rows) {
      rows.forEach(
          row -> {
            String args = (String) row[5];
            each.accept(
                new FailedRow(
                    (String) row[0],
                    ((Number) row[1]).longValue(),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    args == null || args.isEmpty()
                        ? List.of()
                        : Arrays.asList(args.split(ARGS_SEPARATOR, -1)),
                    (String) row[6]));
          });
    }
  }
}
