package com.zangsho.application.order;

import com.zangsho.application.batch.BatchImportService;
import com.zangsho.domain.order.OrderInput;

/**
 * The seed's {@code POST /v1/orders/batch}, keyed by {@code order_no}; customers named by an
 * unknown e-mail are created with the orders.
 */
public interface OrderImportService extends BatchImportService<OrderInput> {}
