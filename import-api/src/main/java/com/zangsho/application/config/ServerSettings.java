package com.zangsho.application.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The operator's settings that come from the environment (README, "Configuration"). */
@ApplicationScoped
public class ServerSettings {
  /**
   * {@code ZANGSHO_ADMIN_TOKEN}: authorises {@code /admin}; unset, {@code /admin} does not exist.
   */
  public Optional<String> adminToken() {
    return env("ZANGSHO_ADMIN_TOKEN");
  }

  /** {@code ZANGSHO_BOOTSTRAP_TOKEN}: a {@code *} token of tenant {@code default} made at start. */
  public Optional<String> bootstrapToken() {
    return env("ZANGSHO_BOOTSTRAP_TOKEN");
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
