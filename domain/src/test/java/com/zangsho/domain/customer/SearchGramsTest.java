package com.zangsho.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchGramsTest {
  @Test
  void aCustomerIsIndexedUnderThePiecesOfItsEmailBeforeTheDomainAndOfItsName() {
    Set<String> grams = SearchGrams.ofCustomer("wang.ming@example.com", "王小明");

    assertEquals(
        Set.of("wan", "ang", "ng.", "g.m", ".mi", "min", "ing", "ng@", "王小明", "王", "小", "明"),
        grams);
  }

  @Test
  void everyPieceOfAFragmentOfTheIndexedTextIsAmongTheCustomersPieces() {
    Set<String> customer = SearchGrams.ofCustomer("wang.xiaoming@example.com", "wang xiaoming");
    for (String fragment : List.of("xiaoming", "ming@", "g x", "wang xi", "ang.x")) {
      assertTrue(customer.containsAll(SearchGrams.ofText(fragment)), fragment);
    }
  }

  @Test
  void aShortTextIsLookedUpByItsCjkCharactersAloneAndOtherShortTextsByNone() {
    assertEquals(Set.of("大"), SearchGrams.ofText("大"));
    assertEquals(Set.of("大", "同"), SearchGrams.ofText("大同"));
    assertEquals(Set.of(), SearchGrams.ofText("wa"));
    assertEquals(Set.of("王"), SearchGrams.ofText("王a"));
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsOneCharacter() {
    assertEquals(Set.of("𠀋"), SearchGrams.ofText("𠀋"));
    assertEquals(Set.of("𠀋ab"), SearchGrams.ofText("𠀋ab"));
  }

  @Test
  void theDomainIsWhatFollowsTheLastAt() {
    assertEquals("example.com", SearchGrams.domainOf("a@b@example.com"));
    assertEquals("a@b@", SearchGrams.indexedPartOfEmail("a@b@example.com"));
  }
}
