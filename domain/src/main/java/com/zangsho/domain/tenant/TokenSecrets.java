package com.zangsho.domain.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Makes plain tokens and the hashes they are stored and found by. */
public final class TokenSecrets {
  /** 32 random bytes: the contract's "at least 256 bits". */
  private static final int RANDOM_BYTES = 32;

  private static final String PREFIX = "zs_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  /** A new plain token: {@code zs_} and 43 URL-safe characters. */
  public static String newPlainToken() {
    return newSecret(PREFIX);
  }

  /** {@code prefix} and 256 random bits as 43 URL-safe characters, e.g. a webhook's secret. */
  public static String newSecret(String prefix) {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * SHA-256 in hex. A token carries 256 bits of randomness, so a fast unsalted hash is enough: it
   * cannot be guessed from the hash, and the hash can be looked up by index.
   */
  public static String hash(String plainToken) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(plainToken.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
