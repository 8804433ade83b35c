package com.zangsho.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SearchGramsTest {
  @Test
  void aCustomerIsIndexedUnderThePiecesOfItsEmailBeforeTheAtAndOfItsName() {
    assertEquals(
        codes("wan", "ang", "ng.", "g.m", ".mi", "min", "ing", "王", "小", "明"),
        SearchGrams.ofCustomer("wang.ming@example.com", "王小明"));
  }

  @Test
  void aRunWithACjkCharacterIsNotAPieceItsCjkCharactersAre() {
    assertEquals(codes("王", "a b", "小"), SearchGrams.ofCustomer("王@x.tw", "a b小"));
  }

  @Test
  void everyPieceOfAFragmentOfTheIndexedTextIsAmongTheCustomersPieces() {
    Set<Long> customer = SearchGrams.ofCustomer("wang.xiaoming@example.com", "wang xiaoming");
    for (String fragment : List.of("xiaoming", "ming", "g x", "wang xi", "ang.x")) {
      assertTrue(customer.containsAll(SearchGrams.ofText(fragment)), fragment);
    }
  }

  @Test
  void aTextWithCjkIsLookedUpByItsCjkCharactersAndAShortLatinOneByNone() {
    assertEquals(codes("大"), SearchGrams.ofText("大"));
    assertEquals(codes("王", "小", "明"), SearchGrams.ofText("王小明"));
    assertEquals(codes("王"), SearchGrams.ofText("王 ming"));
    assertEquals(Set.of(), SearchGrams.ofText("wa"));
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsOneCharacter() {
    assertEquals(codes("𠀋"), SearchGrams.ofText("𠀋"));
    assertEquals(codes("a𐐷b"), SearchGrams.ofText("a𐐷b"));
    assertEquals(((long) 'a' << 42) | ((long) 0x10437 << 21) | 'b', SearchGrams.code("a𐐷b"));
  }

  @Test
  void theDomainIsWhatFollowsTheLastAt() {
    assertEquals("example.com", SearchGrams.domainOf("a@b@example.com"));
    assertEquals("a@b", SearchGrams.localPartOf("a@b@example.com"));
  }

  private static Set<Long> codes(String... pieces) {
    return Stream.of(pieces).map(SearchGrams::code).collect(Collectors.toSet());
  }
}
