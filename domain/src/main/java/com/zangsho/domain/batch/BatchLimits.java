package com.zangsho.domain.batch;

/** The seed's bounds on one batch request. */
public final class BatchLimits {
  public static final int MIN_ITEMS = 1;
  public static final int MAX_ITEMS = 100;

  private BatchLimits() {}
}
