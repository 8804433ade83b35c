package com.zangsho.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.KnownCustomers;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderBatchPlanTest {
  private static final long TENANT = 1;

  private static OrderInput order(String orderNo, String email, String amount) {
    return OrderRulesTest.valid()
        .given(OrderField.ORDER_NO, orderNo)
        .given(OrderField.CUSTOMER_EMAIL, email)
        .given(OrderField.AMOUNT, amount)
        .build();
  }

  @Test
  void itAsksForTheKeysOfValidItemsOnly() {
    OrderBatchPlan plan =
        new OrderBatchPlan(
            TENANT,
            List.of(
                order("A", "One@Example.com", "1"),
                order("B", "two@example.com", "-1"),
                OrderRulesTest.valid()
                    .given(OrderField.ORDER_NO, "C")
                    .given(OrderField.CUSTOMER_ID, "42")
                    .build()),
            ConflictStrategy.SKIP);

    assertEquals(Set.of("A", "C"), plan.orderNos());
    assertEquals(Set.of(42L), plan.customerIds());
    assertEquals(Set.of("one@example.com"), plan.customerEmailKeys());
  }

  @Test
  void anUnknownEmailCreatesOneCustomerForEveryItemNamingIt() {
    OrderBatchPlan plan =
        new OrderBatchPlan(
            TENANT,
            List.of(order("A", "new@example.com", "1"), order("B", "NEW@example.com", "2")),
            ConflictStrategy.SKIP);
    KnownCustomers customers = new KnownCustomers(TENANT, List.of());

    BatchResult result = plan.decide(List.of(), customers).toResult(Order::getId);

    assertEquals(2, result.created().size());
    assertEquals(1, customers.created().size());
    assertSame(plan.newOrders().get(0).getCustomer(), plan.newOrders().get(1).getCustomer());
    assertEquals(Source.IMPORT, plan.newOrders().get(0).getSource());
  }

  @Test
  void anUnknownCustomerIdFailsTheItem() {
    OrderBatchPlan plan =
        new OrderBatchPlan(
            TENANT,
            List.of(
                OrderRulesTest.valid()
                    .given(OrderField.CUSTOMER_EMAIL, null)
                    .given(OrderField.CUSTOMER_ID, "42")
                    .build()),
            ConflictStrategy.SKIP);

    BatchResult result =
        plan.decide(List.of(), new KnownCustomers(TENANT, List.of())).toResult(Order::getId);

    assertEquals("customer_not_found", result.failed().get(0).reason());
    assertEquals("customer_id", result.failed().get(0).violation().field());
    assertEquals(List.of(), plan.newOrders());
  }

  @Test
  void anExistingOrderIsSkippedOrGetsOnlyTheGivenFields() {
    Customer customer = Customer.named(TENANT, "a@example.com", "A");
    Order existing =
        new Order(
            TENANT,
            OrderRulesTest.valid()
                .given(OrderField.PAYMENT_METHOD, "atm")
                .given(OrderField.STATUS, "paid")
                .build(),
            customer,
            Source.API);
    List<OrderInput> items =
        List.of(
            OrderRulesTest.valid()
                .given(OrderField.AMOUNT, "5.00")
                .given(OrderField.PAYMENT_METHOD, "")
                .build());

    BatchResult skipped =
        new OrderBatchPlan(TENANT, items, ConflictStrategy.SKIP)
            .decide(List.of(existing), new KnownCustomers(TENANT, List.of(customer)))
            .toResult(Order::getId);
    assertEquals("duplicate_order_no", skipped.skipped().get(0).reason());
    assertEquals("1990.00", existing.getAmount().toWire());

    BatchResult updated =
        new OrderBatchPlan(TENANT, items, ConflictStrategy.UPDATE)
            .decide(List.of(existing), new KnownCustomers(TENANT, List.of(customer)))
            .toResult(Order::getId);
    assertEquals(1, updated.updated().size());
    assertEquals("5.00", existing.getAmount().toWire());
    assertEquals(PaymentMethod.ATM, existing.getPaymentMethod());
    assertEquals(OrderStatus.PAID, existing.getStatus());
    assertEquals(Source.API, existing.getSource());
  }

  @Test
  void anUpdateNeedsOnlyTheOrderNumberAndTheFieldsItChanges() {
    Customer customer = Customer.named(TENANT, "a@example.com", "A");
    Order existing =
        new Order(
            TENANT,
            OrderRulesTest.valid().given(OrderField.STATUS, "paid").build(),
            customer,
            Source.IMPORT);
    OrderInput refund =
        OrderInput.builder()
            .given(OrderField.ORDER_NO, "ORD-1")
            .given(OrderField.STATUS, "refunded")
            .given(OrderField.REFUNDED_AT, "2025-12-20T08:00:00Z")
            .build();

    BatchResult updated =
        new OrderBatchPlan(TENANT, List.of(refund), ConflictStrategy.UPDATE)
            .decide(List.of(existing), new KnownCustomers(TENANT, List.of(customer)))
            .toResult(Order::getId);

    assertEquals(1, updated.updated().size());
    assertEquals(OrderStatus.REFUNDED, existing.getStatus());
    assertEquals("1990.00", existing.getAmount().toWire());
    assertSame(customer, existing.getCustomer(), "no customer named: the order keeps its own");
    BatchResult skipped =
        new OrderBatchPlan(TENANT, List.of(refund), ConflictStrategy.SKIP)
            .decide(List.of(existing), new KnownCustomers(TENANT, List.of(customer)))
            .toResult(Order::getId);
    assertEquals("duplicate_order_no", skipped.skipped().get(0).reason());
  }

  @Test
  void anItemThatWouldCreateStillNeedsAnAmountAndACustomer() {
    OrderBatchPlan plan =
        new OrderBatchPlan(
            TENANT,
            List.of(
                OrderInput.builder()
                    .given(OrderField.ORDER_NO, "NEW-1")
                    .given(OrderField.STATUS, "refunded")
                    .build(),
                OrderInput.builder()
                    .given(OrderField.ORDER_NO, "NEW-2")
                    .given(OrderField.CUSTOMER_EMAIL, "a@example.com")
                    .build(),
                OrderInput.builder()
                    .given(OrderField.ORDER_NO, "NEW-3")
                    .given(OrderField.AMOUNT, "-1")
                    .build()),
            ConflictStrategy.UPDATE);

    BatchResult result =
        plan.decide(List.of(), new KnownCustomers(TENANT, List.of())).toResult(Order::getId);

    assertEquals(3, result.failed().size());
    assertEquals("customer_email", result.failed().get(0).violation().field());
    assertEquals("amount", result.failed().get(1).violation().field());
    assertEquals("amount", result.failed().get(2).violation().field(), "a given field is checked");
    assertEquals(Set.of("NEW-1", "NEW-2"), plan.orderNos(), "NEW-3 breaks a rule of every item");
    assertEquals(List.of(), plan.newOrders());
  }
}
