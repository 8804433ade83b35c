package com.zangsho.domain.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How webhook secrets are kept at rest (docs/operations.md, "Secrets at rest"): sealed with AES-GCM
 * under the operator's key, so that a copy of the database does not give out the means to sign as
 * us. Each sealed value names its key by an id (the first 8 hex digits of the key's SHA-256), so a
 * rotated key can still open what the previous one sealed until it is sealed again. With no key,
 * values are kept as given, and read back as such.
 *
 * <p>A sealed value: {@code aesgcm:<key id>:<base64 of the 12-byte nonce and the ciphertext>}.
 */
public final class SecretKeys {
  private static final String PREFIX = "aesgcm:";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String currentId;
  private final Map<String, SecretKeySpec> byId;

  private SecretKeys(String currentId, Map<String, SecretKeySpec> byId) {
    this.currentId = currentId;
    this.byId = byId;
  }

  /**
   * @param current the key to seal with, 32 bytes in base64, or null for none
   * @param previous keys that only open, comma-separated, or null
   * @throws IllegalArgumentException naming the setting that is not such a key
   */
  public static SecretKeys of(String current, String previous) {
    Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    String currentId = null;
    if (current != null && !current.isBlank()) {
      currentId = add(keys, "ZANGSHO_SECRET_KEY", current);
    }
    if (previous != null && !previous.isBlank()) {
      for (String key : previous.split(",")) {
        add(keys, "ZANGSHO_SECRET_KEY_PREVIOUS", key);
      }
    }
    return new SecretKeys(currentId, Map.copyOf(keys));
  }

  private static String add(Map<String, SecretKeySpec> keys, String setting, String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(setting + " is not base64: " + e.getMessage());
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          setting
              + " must be 32 random bytes in base64 (openssl rand -base64 32), not "
              + key.length);
    }
    String id = idOf(key);
    keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
    return id;
  }

  private static String idOf(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  /** The id of the key new values are sealed with; empty when they are kept as given. */
  public Optional<String> currentKeyId() {
    return Optional.ofNullable(currentId);
  }

  /** The value as stored: sealed under the current key, or as given when there is none. */
  public String seal(String secret) {
    if (currentId == null) {
      return secret;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed =
        cipher(Cipher.ENCRYPT_MODE, byId.get(currentId), nonce)
            .apply(secret.getBytes(StandardCharsets.UTF_8));
    ByteBuffer stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
    return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(stored.array());
  }

  /**
   * The secret a stored value holds.
   *
   * @throws IllegalStateException when it was sealed under a key this server was not given
   */
  public String open(String stored) {
    if (!stored.startsWith(PREFIX)) {
      return stored;
    }
    int colon = stored.indexOf(':', PREFIX.length());
    String id = stored.substring(PREFIX.length(), colon);
    SecretKeySpec key = byId.get(id);
    if (key == null) {
      throw new IllegalStateException(
          "a webhook secret is sealed under key "
              + id
              + ", which neither ZANGSHO_SECRET_KEY nor ZANGSHO_SECRET_KEY_PREVIOUS holds");
    }
    byte[] value = Base64.getDecoder().decode(stored.substring(colon + 1));
    byte[] nonce = Arrays.copyOf(value, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(value, NONCE_BYTES, value.length);
    return new String(
        cipher(Cipher.DECRYPT_MODE, key, nonce).apply(sealed), StandardCharsets.UTF_8);
  }

  /**
   * Whether a stored value is as the current key would keep it (sealed under it, or plain without
   * one).
   */
  public boolean isCurrent(String stored) {
    return currentId == null
        ? !stored.startsWith(PREFIX)
        : stored.startsWith(PREFIX + currentId + ":");
  }

  private static Crypt cipher(int mode, SecretKeySpec key, byte[] nonce) {
    return input -> {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        return cipher.doFinal(input);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(
            "a webhook secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"),
            e);
      }
    };
  }

  @FunctionalInterface
  private interface Crypt {
    byte[] apply(byte[] input);
  }
}
