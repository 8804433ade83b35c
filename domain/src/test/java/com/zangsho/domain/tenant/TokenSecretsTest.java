package com.zangsho.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {
  @Test
  void aTokenCarries256RandomBits() {
    String token = TokenSecrets.newPlainToken();

    assertTrue(token.startsWith("zs_"));
    assertEquals(32, Base64.getUrlDecoder().decode(token.substring(3)).length);
    assertNotEquals(token, TokenSecrets.newPlainToken());
  }

  @Test
  void theStoredHashIsSha256InHexAndStable() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        TokenSecrets.hash("abc"));
    assertEquals(TokenSecrets.hash("zs_x"), TokenSecrets.hash("zs_x"));
  }
}
