package com.zangsho.persistence;

import com.zangsho.domain.ConcurrentWriteException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import org.hibernate.PessimisticLockException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.hibernate.exception.LockTimeoutException;

/**
 * Flushes an entity manager and turns the database's word that another transaction got there first
 * (a unique key taken, a foreign key broken, a deadlock, a lock wait) into the domain's {@link
 * ConcurrentWriteException}. Any other failure is real and passes through unchanged.
 */
public final class Flushing {
  private Flushing() {}

  public static void flush(EntityManager em) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw translate(e);
    }
  }

  public static RuntimeException translate(PersistenceException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violation) {
        String name = constraintName(violation);
        // A foreign key breaks when another transaction removed the row referred to, or added one
        // referring to the row being removed: a race the caller reports, like a taken key.
        if (violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
            || name.contains("fk_")) {
          return new ConcurrentWriteException(name, e);
        }
      }
      // H2 reports a lock it waited for too long as a PessimisticLockException (error 50200).
      if (cause instanceof LockAcquisitionException
          || cause instanceof LockTimeoutException
          || cause instanceof PessimisticLockException) {
        return new ConcurrentWriteException("lock", e);
      }
    }
    return e;
  }

  /** Databases report the name in their own case and decoration; the message always holds it. */
  private static String constraintName(ConstraintViolationException violation) {
    String name = violation.getConstraintName();
    return ((name != null ? name : "") + " " + violation.getMessage()).toLowerCase(Locale.ROOT);
  }
}
