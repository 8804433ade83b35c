package com.zangsho.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CustomerSearchKeysTest {
  @Test
  void aSearchKeyIsTrimmedAndLowerCasedAndItsReverseKeepsEachCharacterWhole() {
    assertEquals("wang xiaoming", Customer.searchKeyOf("  Wang XiaoMing "));
    assertEquals("明小王", Customer.reversed("王小明"));
    // A character outside the BMP (two UTF-16 units) stays one character, not two halves.
    assertEquals("c\uD840\uDC0Bba", Customer.reversed("ab\uD840\uDC0Bc"));
  }
}
