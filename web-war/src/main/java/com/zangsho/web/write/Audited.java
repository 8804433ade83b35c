package com.zangsho.web.write;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write endpoint: it runs through {@link WriteInterceptor} (one transaction with its activity log
 * entry and idempotency key, retried after a lost race). Every {@code /v1} POST, PUT and DELETE
 * must have one, or the deployment stops ({@link com.zangsho.web.auth.AbilityFeature}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {
  /** The activity log's action, e.g. {@code customer.created}. */
  @Nonbinding
  String action() default "";

  /** What the action is about, e.g. {@code customer}; empty for a batch. */
  @Nonbinding
  String subject() default "";

  /**
   * The webhook event the write announces (docs/api.md §9), e.g. {@code customer.created}, with the
   * object it answered as {@code data}; empty for none (batches never announce).
   */
  @Nonbinding
  String webhook() default "";
}
