package com.zangsho.persistence.webhook;

import com.zangsho.domain.webhook.SecretKeys;
import com.zangsho.domain.webhook.WebhookSecret;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every webhook secret the database holds is sealed under {@code ZANGSHO_SECRET_KEY} when one is
 * set, and opened with it or {@code ZANGSHO_SECRET_KEY_PREVIOUS} ({@link SecretKeys}). The keys are
 * the process's environment, read once: the converter is Hibernate's, made before any bean.
 */
@Converter(autoApply = true)
public class SealedSecrets implements AttributeConverter<WebhookSecret, String> {
  static final SecretKeys KEYS =
      SecretKeys.of(
          System.getenv("ZANGSHO_SECRET_KEY"), System.getenv("ZANGSHO_SECRET_KEY_PREVIOUS"));

  @Override
  public String convertToDatabaseColumn(WebhookSecret secret) {
    return secret == null ? null : KEYS.seal(secret.value());
  }

  @Override
  public WebhookSecret convertToEntityAttribute(String stored) {
    return stored == null ? null : new WebhookSecret(KEYS.open(stored));
  }
}
