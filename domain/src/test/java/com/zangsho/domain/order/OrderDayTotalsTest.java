package com.zangsho.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderDayTotalsTest {
  private static final long TENANT = 1;
  private static final Customer CUSTOMER = Customer.named(TENANT, "a@example.com", "A");

  /** An order as it is after its flush: paid on {@code paidAt}, its business date stamped. */
  private static Order paid(String orderNo, String amount, String paidAt, String method) {
    Order order =
        new Order(
            TENANT,
            OrderRulesTest.valid()
                .given(OrderField.ORDER_NO, orderNo)
                .given(OrderField.AMOUNT, amount)
                .given(OrderField.STATUS, "paid")
                .given(OrderField.PAID_AT, paidAt)
                .given(OrderField.PAYMENT_METHOD, method)
                .build(),
            CUSTOMER,
            Source.IMPORT);
    order.stampBusinessDate();
    return order;
  }

  private static OrderDayTotals.Change change(
      String day, OrderStatus status, PaymentMethod method, long count, String amount) {
    return new OrderDayTotals.Change(
        LocalDate.parse(day), status, method, "TWD", count, new BigDecimal(amount));
  }

  @Test
  void newOrdersAddUpPerDayStatusMethodAndCurrencyInKeyOrder() {
    OrderDayTotals totals = new OrderDayTotals();
    totals.add(
        List.of(
            paid("B", "5.00", "2026-03-02T01:00:00Z", "atm"),
            paid("A", "10.00", "2026-03-01T23:59:59Z", "atm"),
            paid("C", "2.50", "2026-03-01T00:00:00Z", "atm"),
            paid("D", "1.00", "2026-03-01T12:00:00Z", "")));

    assertEquals(
        List.of(
            change("2026-03-01", OrderStatus.PAID, null, 1, "1.00"),
            change("2026-03-01", OrderStatus.PAID, PaymentMethod.ATM, 2, "12.50"),
            change("2026-03-02", OrderStatus.PAID, PaymentMethod.ATM, 1, "5.00")),
        totals.changes());
  }

  @Test
  void anUpdateMovesTheOrderFromItsOldRowToItsNewOne() {
    Order order = paid("A", "10.00", "2026-03-01T10:00:00Z", "atm");
    OrderDayTotals totals = new OrderDayTotals();
    totals.remove(List.of(order));
    order.applyNonEmpty(
        OrderInput.builder()
            .given(OrderField.ORDER_NO, "A")
            .given(OrderField.STATUS, "refunded")
            .given(OrderField.PAID_AT, "2026-02-28T10:00:00Z")
            .build(),
        CUSTOMER);
    order.stampBusinessDate();
    totals.add(List.of(order));

    assertEquals(
        List.of(
            change("2026-02-28", OrderStatus.REFUNDED, PaymentMethod.ATM, 1, "10.00"),
            change("2026-03-01", OrderStatus.PAID, PaymentMethod.ATM, -1, "-10.00")),
        totals.changes());
  }

  @Test
  void anOrderThatKeptItsRowChangesNothingButANewAmount() {
    Order kept = paid("A", "10.00", "2026-03-01T10:00:00Z", "atm");
    Order repriced = paid("B", "10.00", "2026-03-05T10:00:00Z", "atm");
    OrderDayTotals totals = new OrderDayTotals();
    totals.remove(List.of(kept, repriced));
    repriced.applyNonEmpty(
        OrderInput.builder().given(OrderField.AMOUNT, "12.00").build(), CUSTOMER);
    totals.add(List.of(kept, repriced));

    assertEquals(
        List.of(change("2026-03-05", OrderStatus.PAID, PaymentMethod.ATM, 0, "2.00")),
        totals.changes());
  }
}
