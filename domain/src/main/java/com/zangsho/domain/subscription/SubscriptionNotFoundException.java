package com.zangsho.domain.subscription;

import com.zangsho.domain.ResourceNotFoundException;

public class SubscriptionNotFoundException extends ResourceNotFoundException {
  public SubscriptionNotFoundException(Object id) {
    super("subscription", id);
  }
}
