package com.zangsho.web.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The ability a {@code /v1} endpoint needs (docs/api.md §2), declared on the resource method (or
 * its class). {@link AbilityFeature} refuses to deploy a {@code /v1} method without one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresAbility {
  /**
   * For the one endpoint every token may call: what the token itself may do ({@code GET
   * /v1/tokens/current}), so that a client can show only what it allows.
   */
  String ANY_TOKEN = "";

  /** e.g. {@code customers:write}, or {@link #ANY_TOKEN}. */
  String value();
}
