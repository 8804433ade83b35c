package com.zangsho.domain;

/**
 * Which stored rule a concurrent write ran into first ({@link
 * ConcurrentWriteException#conflict()}): the unique keys a service answers as taken, a foreign key,
 * or a lock. The database's name for each is kept once, by the persistence layer.
 */
public enum WriteConflict {
  CUSTOMER_EMAIL,
  CUSTOMER_EXTERNAL_ID,
  ORDER_NO,
  /** A customer's one subscription. */
  SUBSCRIPTION_OF_CUSTOMER,
  /** A subscription event's idempotency key (subscription, type, date, plan, amounts). */
  SUBSCRIPTION_EVENT_KEY,
  IDEMPOTENCY_KEY,
  /** Any other unique key: an index row another transaction wrote first. */
  OTHER_UNIQUE_KEY,
  /** A row referred to was removed, or a row being removed was referred to meanwhile. */
  FOREIGN_KEY,
  /** A deadlock, or a lock waited for too long. */
  LOCK
}
