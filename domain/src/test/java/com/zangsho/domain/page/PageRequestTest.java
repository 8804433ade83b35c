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
    assertEquals(new PageRequest(1, 20), PageRequest.fromQuery(null, ""));
  }

  @Test
  void perPageMustBeBetweenOneAndAHundred() {
    assertEquals(new PageRequest(3, 100), PageRequest.fromQuery("3", "100"));
    assertEquals(
        List.of(Violation.of("per_page", Rule.MIN_VALUE, 1)),
        assertThrows(ValidationException.class, () -> PageRequest.fromQuery("1", "0"))
            .violations());
    assertEquals(
        List.of(Violation.of("per_page", Rule.MAX_VALUE, 100)),
        assertThrows(ValidationException.class, () -> PageRequest.fromQuery("1", "101"))
            .violations());
  }

  @Test
  void bothParametersAreReportedAtOnce() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> PageRequest.fromQuery("x", "1.5"));

    assertEquals(
        List.of(Violation.of("page", Rule.INTEGER), Violation.of("per_page", Rule.INTEGER)),
        e.violations());
  }

  @Test
  void aPageKnowsItsPositionsAndHasNoneWhenEmpty() {
    Page<String> second = new Page<>(List.of("c", "d"), new PageRequest(2, 2), 5);
    assertEquals(3L, second.from());
    assertEquals(4L, second.to());
    assertEquals(3, second.lastPage());

    Page<String> beyond = new Page<>(List.of(), new PageRequest(9, 2), 5);
    assertNull(beyond.from());
    assertNull(beyond.to());
    assertEquals(1, new Page<>(List.of(), new PageRequest(1, 20), 0).lastPage());
  }
}
