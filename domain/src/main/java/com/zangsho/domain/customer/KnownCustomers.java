package com.zangsho.domain.customer;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The customers a batch refers to, loaded in one query, and the ones it creates on the way: items
 * name their customer by id or by e-mail, and a later item naming an e-mail an earlier item created
 * finds that new customer rather than creating it twice.
 */
public final class KnownCustomers {
  private final long tenantId;
  private final Map<Long, Customer> byId = new HashMap<>();
  private final Map<String, Customer> byEmailKey = new HashMap<>();
  private final Set<Customer> created = new LinkedHashSet<>();

  public KnownCustomers(long tenantId, Collection<Customer> loaded) {
    this.tenantId = tenantId;
    loaded.forEach(this::remember);
  }

  public Optional<Customer> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<Customer> byEmail(String email) {
    return Optional.ofNullable(byEmailKey.get(Customer.emailKeyOf(email)));
  }

  /** The existing customer a record names: by id when it gives one, else by e-mail. */
  public Optional<Customer> find(Optional<Long> id, String email) {
    return id.isPresent() ? byId(id.get()) : byEmail(email);
  }

  /**
   * The customer a record names: by id when it gives one (which must exist), else by e-mail,
   * created with {@code nameIfNew} when unknown, as the original product does for orders.
   */
  public Optional<Customer> resolve(Optional<Long> id, String email, String nameIfNew) {
    return id.isPresent() ? byId(id.get()) : Optional.of(byEmailOrNew(email, nameIfNew));
  }

  /** The customer with {@code email}, created with {@code name} when there is none yet. */
  public Customer byEmailOrNew(String email, String name) {
    return byEmail(email)
        .orElseGet(
            () -> {
              Customer customer = Customer.named(tenantId, email, name);
              created.add(customer);
              remember(customer);
              return customer;
            });
  }

  /** The customers {@link #byEmailOrNew} created, in order; the caller persists them. */
  public List<Customer> created() {
    return List.copyOf(created);
  }

  private void remember(Customer customer) {
    if (customer.getId() != null) {
      byId.put(customer.getId(), customer);
    }
    byEmailKey.put(customer.getEmailKey(), customer);
  }
}
