package com.zangsho.domain.customer;

import com.zangsho.domain.ConflictException;

/**
 * A customer with orders, a subscription or events cannot be deleted: their history would dangle.
 */
public class CustomerInUseException extends ConflictException {
  public CustomerInUseException() {
    super("customer_in_use");
  }
}
