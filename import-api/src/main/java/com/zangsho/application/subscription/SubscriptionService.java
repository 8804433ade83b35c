package com.zangsho.application.subscription;

import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.subscription.CancelInput;
import com.zangsho.domain.subscription.Subscription;
import com.zangsho.domain.subscription.SubscriptionFilter;
import com.zangsho.domain.subscription.SubscriptionInput;
import com.zangsho.domain.tenant.Caller;

/**
 * Single-subscription reads and writes (docs/api.md §7), within the caller's tenant. Every write
 * records its event (source {@code system}) in the same transaction; every subscription returned
 * has its customer loaded.
 */
public interface SubscriptionService {
  /**
   * Records {@code created}.
   *
   * @throws com.zangsho.domain.validation.ValidationException including an unknown customer
   * @throws com.zangsho.domain.ConflictException when the customer has a subscription already
   */
  SubscriptionWrite create(Caller caller, SubscriptionInput input);

  Subscription get(Caller caller, long id);

  Page<Subscription> list(Caller caller, SubscriptionFilter filter, PageRequest page);

  /**
   * Changes plan name, mrr, billing cycle, period start; records {@code upgrade}/{@code downgrade}.
   */
  SubscriptionWrite update(Caller caller, long id, SubscriptionInput input);

  /**
   * Records {@code cancel}.
   *
   * @throws com.zangsho.domain.ConflictException when it is cancelled already
   */
  SubscriptionWrite cancel(Caller caller, long id, CancelInput input);

  /**
   * Records {@code reactivated}.
   *
   * @throws com.zangsho.domain.ConflictException when it is active already
   */
  SubscriptionWrite reactivate(Caller caller, long id);
}
