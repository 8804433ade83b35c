package com.zangsho.application.customer;

import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Caller;

/** Single-customer reads and writes (api.md §5), always within the caller's tenant. */
public interface CustomerService {
  /**
   * @throws com.zangsho.domain.validation.ValidationException including a taken e-mail
   */
  Customer create(Caller caller, CustomerInput input);

  /** By numeric id first, else by {@code external_id}. */
  Customer get(Caller caller, String idOrExternalId);

  Page<Customer> list(Caller caller, String search, PageRequest page);

  /** Changes the fields the input gives; a field given as null is cleared. */
  Customer update(Caller caller, long id, CustomerInput input);

  void delete(Caller caller, long id);
}
