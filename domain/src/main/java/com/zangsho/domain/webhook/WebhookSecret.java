package com.zangsho.domain.webhook;

import java.util.Objects;

/**
 * A webhook's signing secret, a type of its own so that the database keeps it sealed ({@link
 * SecretKeys}) and nothing prints it by accident.
 */
public record WebhookSecret(String value) {
  public WebhookSecret {
    Objects.requireNonNull(value, "secret");
  }

  @Override
  public String toString() {
    return "WebhookSecret[…]";
  }
}
