package com.zangsho.domain.tenant;

/** The abilities a token can carry (api.md §2); {@code *} grants them all. */
public final class Ability {
  public static final String ALL = "*";

  private Ability() {}
}
