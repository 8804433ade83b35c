package com.zangsho.application.customer;

import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerFigures;

/** A customer as the API shows one: the row and what its orders add up to, read together. */
public record CustomerView(Customer customer, CustomerFigures figures) {}
