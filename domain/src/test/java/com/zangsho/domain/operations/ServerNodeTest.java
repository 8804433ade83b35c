package com.zangsho.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerNodeTest {
  @Test
  void settingsThatAgreeHaveNoDifferences() {
    assertTrue(
        ServerNode.differences("a=1;mrr=grace=PT24H,window=x", "mrr=grace=PT24H,window=x;a=1")
            .isEmpty());
  }

  @Test
  void eachDifferingOrMissingSettingIsNamedWithBothValues() {
    assertEquals(
        Map.of(
            "mrr", "grace=PT24H here, grace=PT48H there",
            "new", "null here, 1 there",
            "old", "2 here, null there"),
        ServerNode.differences("a=1;mrr=grace=PT24H;old=2", "a=1;mrr=grace=PT48H;new=1"));
  }
}
