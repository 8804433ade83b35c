package com.zangsho.domain.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {
  @Test
  void absentParametersMeanTheFirstPageOfTwenty() {
    assertEquals(new PageRequest(1, 20), PageRequest.fromQuery(null, "", null));
  }

  @Test
  void perPageMustBeBetweenOneAndAHundred() {
    assertEquals(new PageRequest(3, 100), PageRequest.fromQuery("3", "100", " "));
    assertEquals(
        List.of(Violation.of("per_page", Rule.MIN_VALUE, 1)),
        assertThrows(ValidationException.class, () -> PageRequest.fromQuery("1", "0", null))
            .violations());
    assertEquals(
        List.of(Violation.of("per_page", Rule.MAX_VALUE, 100)),
        assertThrows(ValidationException.class, () -> PageRequest.fromQuery("1", "101", null))
            .violations());
  }

  @Test
  void bothParametersAreReportedAtOnce() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> PageRequest.fromQuery("x", "1.5", null));

    assertEquals(
        List.of(Violation.of("page", Rule.INTEGER), Violation.of("per_page", Rule.INTEGER)),
        e.violations());
  }

  @Test
  void aPageKnowsItsPositionsAndHasNoneWhenEmpty() {
    Page<String> second =
        new Page<>(List.of("c", "d"), new PageRequest(2, 2), 5, true, Cursor.of(4));
    assertEquals(3L, second.from());
    assertEquals(4L, second.to());
    assertEquals(3, second.lastPage());

    Page<String> beyond = new Page<>(List.of(), new PageRequest(9, 2), 5, true, null);
    assertNull(beyond.from());
    assertNull(beyond.to());
    assertEquals(1, new Page<>(List.of(), new PageRequest(1, 20), 0, true, null).lastPage());
  }

  @Test
  void aCursorWinsOverAPageNumberAndLeavesThePositionUnknown() {
    PageRequest request = PageRequest.fromQuery("7", "50", Cursor.of(1234).encode());
    assertEquals(new PageRequest(1, 50, Cursor.of(1234)), request);
    assertEquals(0, request.offset());

    Page<String> page = new Page<>(List.of("a"), request, 10_000, false, Cursor.of(1300));
    assertNull(page.currentPage());
    assertNull(page.from());
    assertNull(page.to());
    assertEquals(200, page.lastPage());
  }

  @Test
  void aCursorReadsBackWhatItWroteAndRefusesAnythingElse() {
    Cursor twoKeys = Cursor.of(1_700_000_000_000_000L, 42);
    assertEquals(twoKeys, Cursor.fromQuery(twoKeys.encode()).orElseThrow());
    assertEquals(java.util.Optional.empty(), Cursor.fromQuery(""));

    for (String forged : List.of("123", "!!", "azE", "azEuMS4yLjM", "eDEuMTI")) {
      ValidationException e =
          assertThrows(ValidationException.class, () -> Cursor.fromQuery(forged));
      assertEquals(List.of(Violation.of("cursor", Rule.IN)), e.violations());
    }
  }
}
