package com.zangsho.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {
  private static FieldInput.Builder<CustomerField, CustomerInput> email(String email) {
    return CustomerInput.builder().given(CustomerField.EMAIL, email);
  }

  @Test
  void aNewCustomerNeedsAnEmail() {
    List<Violation> violations = CustomerRules.validateNew(CustomerInput.builder().build());

    assertEquals(List.of(Violation.of("email", Rule.REQUIRED)), violations);
  }

  @Test
  void anEmptyOrBlankEmailCountsAsMissing() {
    assertEquals(Rule.REQUIRED, CustomerRules.validateNew(email("   ").build()).get(0).rule());
  }

  @Test
  void theEmailMustLookLikeOne() {
    for (String bad :
        List.of("invalid-email", "a@b", "a b@example.com", "@example.com", "a@@example.com")) {
      assertEquals(
          List.of(Violation.of("email", Rule.EMAIL)),
          CustomerRules.validateNew(email(bad).build()),
          bad);
    }
    assertTrue(
        CustomerRules.validateNew(email("wang.xiaoming+tw@example.com.tw").build()).isEmpty());
  }

  @Test
  void surroundingSpacesAreTrimmedAwayBeforeTheRulesRun() {
    CustomerInput input = email("  a@example.com ").build();

    assertTrue(CustomerRules.validateNew(input).isEmpty());
    assertEquals("a@example.com", input.email());
  }

  @Test
  void lengthsAreCountedInCharactersNotBytes() {
    String chineseName = "王".repeat(255);
    assertTrue(
        CustomerRules.validateNew(
                email("a@example.com").given(CustomerField.NAME, chineseName).build())
            .isEmpty());
    assertEquals(
        List.of(Violation.of("name", Rule.MAX_LENGTH, 255)),
        CustomerRules.validateNew(
            email("a@example.com").given(CustomerField.NAME, chineseName + "王").build()));
    assertEquals(
        List.of(Violation.of("phone", Rule.MAX_LENGTH, 50)),
        CustomerRules.validateNew(
            email("a@example.com").given(CustomerField.PHONE, "0".repeat(51)).build()));
  }

  @Test
  void metadataMayTakeAtMost16KibAsUtf8() {
    String fits = "{\"k\":\"" + "x".repeat(16 * 1024 - 8) + "\"}";
    String over = "{\"k\":\"" + "x".repeat(16 * 1024 - 7) + "\"}";

    assertTrue(
        CustomerRules.validateNew(
                email("a@example.com").given(CustomerField.METADATA, fits).build())
            .isEmpty());
    assertEquals(
        Rule.MAX_KILOBYTES,
        CustomerRules.validateNew(
                email("a@example.com").given(CustomerField.METADATA, over).build())
            .get(0)
            .rule());
  }

  @Test
  void violationsComeInFieldOrderWithAWrongTypeInItsPlace() {
    CustomerInput input =
        CustomerInput.builder()
            .given(CustomerField.PHONE, "0".repeat(51))
            .shapeViolation(Violation.of("name", Rule.STRING))
            .build();

    assertEquals(
        List.of(
            Violation.of("email", Rule.REQUIRED),
            Violation.of("name", Rule.STRING),
            Violation.of("phone", Rule.MAX_LENGTH, 50)),
        CustomerRules.validateNew(input));
  }

  @Test
  void anItemThatIsNotAnObjectReportsThatFirst() {
    CustomerInput input =
        CustomerInput.builder().shapeViolation(Violation.of("customers.3", Rule.OBJECT)).build();

    assertEquals(Violation.of("customers.3", Rule.OBJECT), CustomerRules.validateNew(input).get(0));
  }

  @Test
  void aChangeChecksOnlyWhatItGivesButCannotClearTheEmail() {
    assertTrue(
        CustomerRules.validateChange(CustomerInput.builder().given(CustomerField.NAME, "x").build())
            .isEmpty());
    assertEquals(
        List.of(Violation.of("email", Rule.REQUIRED)),
        CustomerRules.validateChange(
            CustomerInput.builder().given(CustomerField.EMAIL, null).build()));
  }
}
