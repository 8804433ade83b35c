package com.zangsho.application.order;

import com.zangsho.domain.ConcurrentWriteException;
import com.zangsho.domain.WriteConflict;
import com.zangsho.domain.billing.Source;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.customer.KnownCustomers;
import com.zangsho.domain.order.Order;
import com.zangsho.domain.order.OrderDayTotals;
import com.zangsho.domain.order.OrderField;
import com.zangsho.domain.order.OrderFilter;
import com.zangsho.domain.order.OrderInput;
import com.zangsho.domain.order.OrderNotFoundException;
import com.zangsho.domain.order.OrderRepository;
import com.zangsho.domain.order.OrderRules;
import com.zangsho.domain.order.OrderStats;
import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

@Stateless
public class DefaultOrderService implements OrderService {
  @Inject OrderRepository orders;
  @Inject CustomerRepository customers;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public Order create(Caller caller, OrderInput input) {
    List<Violation> violations = OrderRules.validate(input);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    long tenantId = caller.tenantId();
    if (orders.findByOrderNo(tenantId, input.orderNo()).isPresent()) {
      throw orderNoTaken();
    }
    Customer customer = customerOf(tenantId, input);
    Order order = new Order(tenantId, input, customer, Source.API);
    orders.add(order);
    try {
      orders.flush();
    } catch (ConcurrentWriteException e) {
      // Another request created this order_no since the check above. A race on a new customer's
      // e-mail stays a ConcurrentWriteException: a 409 the client can simply retry.
      if (e.conflict() == WriteConflict.ORDER_NO) {
        throw orderNoTaken();
      }
      throw e;
    }
    OrderDayTotals totals = new OrderDayTotals();
    totals.add(List.of(order));
    orders.addToDayTotals(tenantId, totals);
    return order;
  }

  /** The customer the input names; one named by an unknown e-mail is created now. */
  private Customer customerOf(long tenantId, OrderInput input) {
    Set<Long> ids = input.customerId().map(Set::of).orElse(Set.of());
    Set<String> emailKeys =
        ids.isEmpty() ? Set.of(Customer.emailKeyOf(input.customerEmail())) : Set.of();
    KnownCustomers known =
        new KnownCustomers(tenantId, customers.findByIdsOrEmailKeys(tenantId, ids, emailKeys));
    Customer customer =
        known
            .resolve(input.customerId(), input.customerEmail(), input.customerName())
            .orElseThrow(
                () ->
                    new ValidationException(
                        Violation.of(OrderField.CUSTOMER_ID.wireName(), Rule.EXISTS)));
    customers.addAll(known.created());
    return customer;
  }

  private static ValidationException orderNoTaken() {
    return new ValidationException(Violation.of(OrderField.ORDER_NO.wireName(), Rule.TAKEN));
  }

  @Override
  public Order get(Caller caller, String orderNo) {
    return orders
        .findByOrderNo(caller.tenantId(), orderNo)
        .orElseThrow(() -> new OrderNotFoundException(orderNo));
  }

  @Override
  public Page<Order> list(Caller caller, OrderFilter filter, PageRequest page) {
    return orders.search(caller.tenantId(), filter, page);
  }

  @Override
  public OrderStats stats(Caller caller, DateRange businessDays) {
    return OrderStats.of(orders.tally(caller.tenantId(), businessDays));
  }
}
