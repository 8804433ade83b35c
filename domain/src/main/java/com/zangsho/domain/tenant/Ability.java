package com.zangsho.domain.tenant;

import java.util.List;

/** The abilities a token can carry (docs/api.md §2); {@code *} grants them all. */
public final class Ability {
  public static final String ALL = "*";
  public static final String CUSTOMERS_READ = "customers:read";
  public static final String CUSTOMERS_WRITE = "customers:write";
  public static final String ORDERS_READ = "orders:read";
  public static final String ORDERS_WRITE = "orders:write";
  public static final String SUBSCRIPTIONS_READ = "subscriptions:read";
  public static final String SUBSCRIPTIONS_WRITE = "subscriptions:write";
  public static final String WEBHOOKS_MANAGE = "webhooks:manage";
  public static final String ACTIVITY_LOGS_READ = "activity_logs:read";
  public static final String TOKENS_MANAGE = "tokens:manage";
  public static final String IMPORTS_MANAGE = "imports:manage";

  /** Every ability a token may be given, {@code *} included. */
  public static final List<String> KNOWN =
      List.of(
          ALL,
          CUSTOMERS_READ,
          CUSTOMERS_WRITE,
          ORDERS_READ,
          ORDERS_WRITE,
          SUBSCRIPTIONS_READ,
          SUBSCRIPTIONS_WRITE,
          WEBHOOKS_MANAGE,
          ACTIVITY_LOGS_READ,
          TOKENS_MANAGE,
          IMPORTS_MANAGE);

  private Ability() {}
}
