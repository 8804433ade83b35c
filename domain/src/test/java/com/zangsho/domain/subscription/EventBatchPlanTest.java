package com.zangsho.domain.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.KnownCustomers;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBatchPlanTest {
  private static EventInput event(String email, String type, String occurredAt, String newAmount) {
    return EventInput.builder()
        .given(EventField.CUSTOMER_EMAIL, email)
        .given(EventField.EVENT_TYPE, type)
        .given(EventField.OCCURRED_AT, occurredAt)
        .given(EventField.NEW_AMOUNT, newAmount)
        .build();
  }

  /** A customer as loaded from the database: with an id, which the entity never sets itself. */
  private static Customer loaded(String email, long id) throws ReflectiveOperationException {
    Customer customer = Customer.named(1, email, null);
    Field idField = Customer.class.getDeclaredField("id");
    idField.setAccessible(true);
    idField.set(customer, id);
    return customer;
  }

  @Test
  void theKeyIsCustomerTypeAndInstantWhateverTheOffset() throws ReflectiveOperationException {
    Customer customer = loaded("a@example.com", 7);
    List<EventInput> items =
        List.of(
            event("a@example.com", "created", "2026-01-01T08:00:00Z", "10"),
            event("A@example.com", "created", "2026-01-01T16:00:00+08:00", "20"),
            event("a@example.com", "upgrade", "2026-01-01T08:00:00Z", "30"),
            event("b@example.com", "created", "2026-01-01T08:00:00Z", "40"));

    EventBatchPlan plan = new EventBatchPlan(1, items, ConflictStrategy.UPDATE);
    BatchResult result =
        plan.decide(new KnownCustomers(1, List.of(customer)), List.of(), List.of())
            .toResult(SubscriptionEvent::getId);

    assertEquals(2, result.created().size());
    assertEquals(1, result.updated().size());
    assertEquals(1, result.updated().get(0).index());
    assertEquals("customer_not_found", result.failed().get(0).reason());
    assertEquals("20.00", plan.newEvents().get(0).getNewAmount().toWire());
    assertEquals("20.00", plan.newEvents().get(0).getAmountChange().toWire());
  }
}
