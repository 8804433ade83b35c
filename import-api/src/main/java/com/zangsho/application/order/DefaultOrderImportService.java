package com.zangsho.application.order;

import com.zangsho.application.batch.DryRunPolicy;
import com.zangsho.domain.batch.BatchOutcomes;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.customer.KnownCustomers;
import com.zangsho.domain.order.Order;
import com.zangsho.domain.order.OrderBatchPlan;
import com.zangsho.domain.order.OrderDayTotals;
import com.zangsho.domain.order.OrderInput;
import com.zangsho.domain.order.OrderRepository;
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * An orders batch, in one transaction and a fixed number of statements whatever the batch's size:
 * one query for the existing orders, one for the customers named, one JDBC batch of new customers,
 * one of new orders, the updates, one for the day totals the stats read. Customer figures need no
 * writing: they are summed from the orders when read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultOrderImportService implements OrderImportService {
  @Inject OrderRepository orders;
  @Inject CustomerRepository customers;
  @Inject DryRunPolicy dryRuns;

  @Override
  public BatchResult importBatch(
      Caller caller, List<OrderInput> items, ConflictStrategy onConflict, boolean dryRun) {
    long tenantId = caller.tenantId();
    OrderBatchPlan plan = new OrderBatchPlan(tenantId, items, onConflict);
    List<Order> existing = orders.findByOrderNos(tenantId, plan.orderNos(), onConflict.rowLock());
    KnownCustomers known =
        new KnownCustomers(
            tenantId,
            customers.findByIdsOrEmailKeys(tenantId, plan.customerIds(), plan.customerEmailKeys()));
    OrderDayTotals totals = new OrderDayTotals();
    totals.remove(existing);
    BatchOutcomes<Order> outcomes = plan.decide(existing, known);
    dryRuns.writeUnlessDryRun(
        dryRun,
        () -> {
          customers.addAll(known.created());
          orders.insertAll(plan.newOrders());
          totals.add(existing);
          totals.add(plan.newOrders());
          orders.addToDayTotals(tenantId, totals);
        });
    return outcomes.toResult(Order::getId);
  }
}
