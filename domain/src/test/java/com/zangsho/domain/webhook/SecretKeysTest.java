package com.zangsho.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretKeysTest {
  private static final String OLD = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String NEW = Base64.getEncoder().encodeToString("n".repeat(32).getBytes());

  @Test
  void aSealedSecretOpensUnderItsKeyAndHidesTheSecret() {
    SecretKeys keys = SecretKeys.of(NEW, null);
    String sealed = keys.seal("whsec_abc");

    assertTrue(sealed.startsWith("aesgcm:" + keys.currentKeyId().orElseThrow() + ":"), sealed);
    assertFalse(sealed.contains("whsec_abc"));
    assertNotEquals(sealed, keys.seal("whsec_abc"), "a new nonce every time");
    assertEquals("whsec_abc", keys.open(sealed));
    assertTrue(keys.isCurrent(sealed));
  }

  @Test
  void aRotatedKeyStillOpensWhatThePreviousOneSealed() {
    String sealedBefore = SecretKeys.of(OLD, null).seal("whsec_abc");
    SecretKeys rotated = SecretKeys.of(NEW, OLD);

    assertEquals("whsec_abc", rotated.open(sealedBefore));
    assertFalse(rotated.isCurrent(sealedBefore));
    assertThrows(IllegalStateException.class, () -> SecretKeys.of(NEW, null).open(sealedBefore));
  }

  @Test
  void withoutAKeySecretsAreKeptAsGiven() {
    SecretKeys none = SecretKeys.of(null, "");
    assertEquals("whsec_abc", none.seal("whsec_abc"));
    assertEquals("whsec_abc", none.open("whsec_abc"));
    assertTrue(none.isCurrent("whsec_abc"));
    assertTrue(none.currentKeyId().isEmpty());
  }

  @Test
  void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedNamingTheSetting() {
    IllegalArgumentException shortKey =
        assertThrows(IllegalArgumentException.class, () -> SecretKeys.of("c2hvcnQ=", null));
    assertTrue(
        shortKey.getMessage().startsWith("ZANGSHO_SECRET_KEY must be 32"), shortKey.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SecretKeys.of(NEW, "not base64!"));
  }

  @Test
  void aTamperedValueDoesNotOpen() {
    SecretKeys keys = SecretKeys.of(NEW, null);
    String sealed = keys.seal("whsec_abc");
    String tampered = sealed.substring(0, sealed.length() - 4) + "AAAA";
    assertThrows(IllegalStateException.class, () -> keys.open(tampered));
  }
}
