package com.zangsho.application.customer;

import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Caller;

/**
 * Single-customer reads and writes (docs/api.md §5), always within the caller's tenant. What a read
 * returns carries the customer's figures, summed from their orders in the same transaction.
 */
public interface CustomerService {
  /**
   * @throws com.zangsho.domain.validation.ValidationException including a taken e-mail
   */
  CustomerView create(Caller caller, CustomerInput input);

  /** By numeric id first, else by {@code external_id}. */
  CustomerView get(Caller caller, String idOrExternalId);

  Page<CustomerView> list(Caller caller, String search, PageRequest page);

  /** Changes the fields the input gives; a field given as null is cleared. */
  CustomerView update(Caller caller, long id, CustomerInput input);

  /**
   * @throws com.zangsho.domain.customer.CustomerInUseException while the customer has orders, a
   *     subscription or subscription events
   */
  void delete(Caller caller, long id);
}
