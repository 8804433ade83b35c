package com.zangsho.domain.order;

import com.zangsho.domain.ResourceNotFoundException;

public class OrderNotFoundException extends ResourceNotFoundException {
  public OrderNotFoundException(String orderNo) {
    super("order", orderNo);
  }
}
