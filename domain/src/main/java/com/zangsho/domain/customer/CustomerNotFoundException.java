package com.zangsho.domain.customer;

import com.zangsho.domain.ResourceNotFoundException;

public class CustomerNotFoundException extends ResourceNotFoundException {
  public CustomerNotFoundException(Object key) {
    super("customer", key);
  }
}
