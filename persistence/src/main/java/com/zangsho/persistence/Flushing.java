package com.zangsho.persistence;

import com.zangsho.domain.ConcurrentWriteException;
import com.zangsho.domain.WriteConflict;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import java.util.Map;
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
  /** The migrations' names of the unique keys a service answers for; other keys are just taken. */
  private static final Map<String, WriteConflict> UNIQUE_KEYS =
      Map.of(
          "uk_customers_email", WriteConflict.CUSTOMER_EMAIL,
          "uk_customers_external_id", WriteConflict.CUSTOMER_EXTERNAL_ID,
          "uk_orders_order_no", WriteConflict.ORDER_NO,
          "uk_subscriptions_customer", WriteConflict.SUBSCRIPTION_OF_CUSTOMER,
          "uk_subscription_events_key", WriteConflict.SUBSCRIPTION_EVENT_KEY,
          "uk_idempotency_keys_key", WriteConflict.IDEMPOTENCY_KEY);

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
        if (violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
          return new ConcurrentWriteException(uniqueKey(name), e);
        }
        // A foreign key breaks when another transaction removed the row referred to, or added one
        // referring to the row being removed: a race the caller reports, like a taken key.
        if (name.contains("fk_")) {
          return new ConcurrentWriteException(WriteConflict.FOREIGN_KEY, e);
        }
      }
      // H2 reports a lock it waited for too long as a PessimisticLockException (error 50200).
      if (cause instanceof LockAcquisitionException
          || cause instanceof LockTimeoutException
          || cause instanceof PessimisticLockException) {
        return new ConcurrentWriteException(WriteConflict.LOCK, e);
      }
    }
    return e;
  }

  private static WriteConflict uniqueKey(String reported) {
    return UNIQUE_KEYS.entrySet().stream()
        .filter(key -> reported.contains(key.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(WriteConflict.OTHER_UNIQUE_KEY);
  }

  /** Databases report the name in their own case and decoration; the message always holds it. */
  private static String constraintName(ConstraintViolationException violation) {
    String name = violation.getConstraintName();
    return ((name != null ? name : "") + " " + violation.getMessage()).toLowerCase(Locale.ROOT);
  }
}
