package com.zangsho.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.type.Type;

/**
 * Inserts a batch's new rows of one entity as one JDBC batch, bound through Hibernate's own mapping
 * of the entity (its table, columns, types, converters, id generator and {@code PrePersist}
 * callbacks), without making them managed.
 *
 * <p>Why not {@code persist} and {@code flush}: for rows nothing in the write changes again,
 * Hibernate's action queue, persistence context and insert coordinator were the largest part of a
 * batch's server CPU (docs/performance.md). The statement and the values are those Hibernate would
 * send; only the bookkeeping around them is skipped. Only for entities of one table without
 * collections, which every batch-written entity is.
 */
final class RowInserts {
  private static final Map<Class<?>, String> STATEMENTS = new ConcurrentHashMap<>();

  private RowInserts() {}

  static <T> void insert(EntityManager em, Collection<T> rows) {
    if (rows.isEmpty()) {
      return;
    }
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    SessionFactoryImplementor factory = session.getFactory();
    Class<?> type = rows.iterator().next().getClass();
    AbstractEntityPersister persister =
        (AbstractEntityPersister) factory.getMappingMetamodel().getEntityDescriptor(type);
    BeforeExecutionGenerator ids = (BeforeExecutionGenerator) persister.getGenerator();
    Type[] types = persister.getPropertyTypes();
    boolean[] insertable = persister.getPropertyInsertability();
    String sql = STATEMENTS.computeIfAbsent(type, t -> statement(persister));
    session.doWork(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (T row : rows) {
              factory.getEventEngine().getCallbackRegistry().preCreate(row);
              Object id = ids.generate(session, row, null, EventType.INSERT);
              persister.setIdentifier(row, id, session);
              persister.getIdentifierType().nullSafeSet(insert, id, 1, session);
              int index = 1 + persister.getIdentifierType().getColumnSpan(factory);
              Object[] values = persister.getValues(row);
              for (int i = 0; i < values.length; i++) {
                if (insertable[i]) {
                  types[i].nullSafeSet(insert, values[i], index, session);
                  index += types[i].getColumnSpan(factory);
                }
              }
              insert.addBatch();
            }
            insert.executeBatch();
          } catch (SQLException e) {
            // As a flush reports it: a taken unique key becomes a ConstraintViolationException.
            throw factory.getJdbcServices().getSqlExceptionHelper().convert(e, "batch insert", sql);
          }
        });
  }

  /** {@code insert into t (id, columns…) values (?, …)}, the columns in the entity's order. */
  private static String statement(AbstractEntityPersister persister) {
    List<String> columns = new ArrayList<>(List.of(persister.getIdentifierColumnNames()));
    boolean[] insertable = persister.getPropertyInsertability();
    for (int i = 0; i < insertable.length; i++) {
      if (insertable[i]) {
        columns.addAll(List.of(persister.getPropertyColumnNames(i)));
      }
    }
    return "insert into "
        + persister.getTableName()
        + " ("
        + String.join(", ", columns)
        + ") values ("
        + String.join(", ", Collections.nCopies(columns.size(), "?"))
        + ")";
  }
}
