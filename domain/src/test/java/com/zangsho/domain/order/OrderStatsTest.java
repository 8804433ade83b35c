package com.zangsho.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zangsho.domain.money.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderStatsTest {
  private static OrderStats.Tally tally(
      OrderStatus status, PaymentMethod method, String currency, long count, String amount) {
    return new OrderStats.Tally(status, method, currency, count, new Money(new BigDecimal(amount)));
  }

  @Test
  void noOrdersGiveZerosForEveryStatusAndNoOtherGroups() {
    OrderStats stats = OrderStats.of(List.of());

    assertEquals(0, stats.orderCount());
    assertEquals("0.00", stats.averagePaidOrder().toWire());
    assertEquals(OrderStatus.values().length, stats.byStatus().size());
    assertEquals(List.of(), stats.byPaymentMethod());
    assertEquals(List.of(), stats.byCurrency());
  }

  @Test
  void talliesFoldIntoTotalsAndEachBreakdown() {
    OrderStats stats =
        OrderStats.of(
            List.of(
                tally(OrderStatus.PAID, PaymentMethod.CREDIT_CARD, "TWD", 2, "300.00"),
                tally(OrderStatus.PAID, PaymentMethod.LINE_PAY, "USD", 1, "10.01"),
                tally(OrderStatus.REFUNDED, PaymentMethod.CREDIT_CARD, "TWD", 1, "50.00"),
                tally(OrderStatus.PENDING, null, "TWD", 3, "0.99")));

    assertEquals(7, stats.orderCount());
    assertEquals("361.00", stats.totalAmount().toWire());
    assertEquals(3, stats.paidOrderCount());
    assertEquals("310.01", stats.paidRevenue().toWire());
    assertEquals("103.34", stats.averagePaidOrder().toWire());
    assertEquals(OrderStatus.PENDING, stats.byStatus().get(0).key());
    assertEquals(3, stats.byStatus().get(0).count());
    assertEquals(
        Arrays.asList(PaymentMethod.CREDIT_CARD, PaymentMethod.LINE_PAY, null),
        stats.byPaymentMethod().stream().map(OrderStats.Group::key).toList());
    assertEquals("350.00", stats.byPaymentMethod().get(0).amount().toWire());
    OrderStats.CurrencyGroup twd = stats.byCurrency().get(0);
    assertEquals("TWD", twd.currency());
    assertEquals(6, twd.count());
    assertEquals(2, twd.paidCount());
    assertEquals("150.00", twd.averagePaidOrder().toWire());
    assertEquals("USD", stats.byCurrency().get(1).currency());
  }
}
