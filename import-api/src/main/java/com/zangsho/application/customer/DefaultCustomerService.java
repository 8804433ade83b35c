package com.zangsho.application.customer;

import com.zangsho.domain.ConcurrentWriteException;
import com.zangsho.domain.WriteConflict;
import com.zangsho.domain.customer.Customer;
import com.zangsho.domain.customer.CustomerField;
import com.zangsho.domain.customer.CustomerFigures;
import com.zangsho.domain.customer.CustomerInUseException;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.customer.CustomerNotFoundException;
import com.zangsho.domain.customer.CustomerRepository;
import com.zangsho.domain.customer.CustomerRules;
import com.zangsho.domain.order.OrderRepository;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.subscription.SubscriptionEventRepository;
import com.zangsho.domain.subscription.SubscriptionRepository;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.validation.Ids;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultCustomerService implements CustomerService {
  @Inject CustomerRepository customers;
  @Inject OrderRepository orders;
  @Inject SubscriptionRepository subscriptions;
  @Inject SubscriptionEventRepository events;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public CustomerView create(Caller caller, CustomerInput input) {
    requireValid(CustomerRules.validateNew(input));
    requireFreeKeys(caller.tenantId(), input, null);
    Customer customer = new Customer(caller.tenantId(), input);
    customers.add(customer);
    flushClaimingKeys();
    return new CustomerView(customer, CustomerFigures.NONE);
  }

  @Override
  public CustomerView get(Caller caller, String idOrExternalId) {
    Optional<Customer> byId =
        Ids.parse(idOrExternalId).flatMap(id -> customers.findById(caller.tenantId(), id));
    Customer customer =
        byId.or(() -> customers.findByExternalId(caller.tenantId(), idOrExternalId))
            .orElseThrow(() -> new CustomerNotFoundException(idOrExternalId));
    return withFigures(caller.tenantId(), customer);
  }

  @Override
  public Page<CustomerView> list(Caller caller, String search, PageRequest page) {
    Page<Customer> found = customers.search(caller.tenantId(), search, page);
    Map<Long, CustomerFigures> figures =
        orders.figuresByCustomer(
            caller.tenantId(), found.items().stream().map(Customer::getId).toList());
    return found.map(
        c -> new CustomerView(c, figures.getOrDefault(c.getId(), CustomerFigures.NONE)));
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public CustomerView update(Caller caller, long id, CustomerInput input) {
    Customer customer = findForChange(caller, id);
    requireValid(CustomerRules.validateChange(input));
    requireFreeKeys(caller.tenantId(), input, customer);
    customer.applyGiven(input);
    flushClaimingKeys();
    return withFigures(caller.tenantId(), customer);
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public void delete(Caller caller, long id) {
    Customer customer = findForChange(caller, id);
    long tenantId = caller.tenantId();
    if (orders.existsForCustomer(tenantId, id)
        || !subscriptions.findByCustomerIds(tenantId, List.of(id)).isEmpty()
        || events.existsForCustomer(tenantId, id)) {
      throw new CustomerInUseException();
    }
    customers.remove(customer);
    try {
      customers.flush();
    } catch (ConcurrentWriteException historyAddedMeanwhile) {
      throw new CustomerInUseException();
    }
  }

  private CustomerView withFigures(long tenantId, Customer customer) {
    return new CustomerView(
        customer,
        orders
            .figuresByCustomer(tenantId, List.of(customer.getId()))
            .getOrDefault(customer.getId(), CustomerFigures.NONE));
  }

  private Customer findForChange(Caller caller, long id) {
    return customers
        .findByIdForChange(caller.tenantId(), id)
        .orElseThrow(() -> new CustomerNotFoundException(id));
  }

  private static void requireValid(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  /**
   * The e-mail and external id the input gives must not belong to another of the tenant's
   * customers.
   */
  private void requireFreeKeys(long tenantId, CustomerInput input, Customer self) {
    List<Violation> taken = new ArrayList<>();
    if (input.email() != null
        && customers.findByEmail(tenantId, input.email()).filter(c -> c != self).isPresent()) {
      taken.add(Violation.of(CustomerField.EMAIL.wireName(), Rule.TAKEN));
    }
    if (input.externalId() != null
        && customers
            .findByExternalId(tenantId, input.externalId())
            .filter(c -> c != self)
            .isPresent()) {
      taken.add(Violation.of(CustomerField.EXTERNAL_ID.wireName(), Rule.TAKEN));
    }
    requireValid(taken);
  }

  /**
   * A concurrent request that took the same e-mail or external id between our check and our write
   * made it taken: 422, as if it had come first. Any other race (a lock wait that timed out, a
   * deadlock) is no fault of the input and goes on to the write's retry, then a 409.
   */
  private void flushClaimingKeys() {
    try {
      customers.flush();
    } catch (ConcurrentWriteException e) {
      if (e.conflict() == WriteConflict.CUSTOMER_EXTERNAL_ID) {
        throw new ValidationException(
            Violation.of(CustomerField.EXTERNAL_ID.wireName(), Rule.TAKEN));
      }
      if (e.conflict() == WriteConflict.CUSTOMER_EMAIL) {
        throw new ValidationException(Violation.of(CustomerField.EMAIL.wireName(), Rule.TAKEN));
      }
      throw e;
    }
  }
}
