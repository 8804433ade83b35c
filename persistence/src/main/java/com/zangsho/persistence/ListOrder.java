package com.zangsho.persistence;

import com.zangsho.domain.page.Cursor;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The order of a list, always ending in the id so that it is total: what a keyset page continues
 * from. Each list's order has an index that starts with the tenant and ends with these columns.
 */
public enum ListOrder {
  /** Ascending ids, the contract's default order. */
  BY_ID(1, "", ">"),
  /** Newest first. */
  BY_ID_DESCENDING(1, " desc", "<"),
  /** In time order by {@code occurredAt}, ties by id: a subscription history as it happened. */
  BY_OCCURRED_AT(2, "", ">") {
    @Override
    String orderBy(String a) {
      return " order by " + a + ".occurredAt, " + a + ".id";
    }

    @Override
    void addAfter(TenantWhere where, Cursor cursor) {
      String a = where.alias();
      where
          .condition(
              "("
                  + a
                  + ".occurredAt > :afterAt or ("
                  + a
                  + ".occurredAt = :afterAt and "
                  + a
                  + ".id > :afterId))",
              "afterAt",
              Instant.EPOCH.plus(cursor.key(0), ChronoUnit.MICROS))
          .parameter("afterId", cursor.key(1));
    }
  };

  private final int keys;
  private final String direction;
  private final String after;

  ListOrder(int keys, String direction, String after) {
    this.keys = keys;
    this.direction = direction;
    this.after = after;
  }

  String orderBy(String a) {
    return " order by " + a + ".id" + direction;
  }

  void addAfter(TenantWhere where, Cursor cursor) {
    where.condition(where.alias() + ".id " + after + " :afterId", "afterId", cursor.key(0));
  }

  /** Narrows {@code where} to the rows strictly after {@code cursor} in this order. */
  void after(TenantWhere where, Cursor cursor) {
    check(cursor);
    addAfter(where, cursor);
  }

  /**
   * @throws ValidationException when the cursor was handed out by a list of another order
   */
  public void check(Cursor cursor) {
    if (cursor.keys().size() != keys) {
      throw new ValidationException(List.of(Violation.of("cursor", Rule.IN)));
    }
  }

  /** The cursor of a row listed {@link #BY_OCCURRED_AT}. */
  public static Cursor occurredAtCursor(Instant occurredAt, long id) {
    return Cursor.of(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt), id);
  }
}
