package com.zangsho.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerBatchPlanTest {
  private static final long TENANT = 7;

  private static CustomerInput item(String email, String name) {
    return CustomerInput.builder()
        .given(CustomerField.EMAIL, email)
        .given(CustomerField.NAME, name)
        .build();
  }

  private static Customer existing(String email, String name, String externalId) {
    return new Customer(
        TENANT,
        CustomerInput.builder()
            .given(CustomerField.EMAIL, email)
            .given(CustomerField.NAME, name)
            .given(CustomerField.EXTERNAL_ID, externalId)
            .build());
  }

  @Test
  void looksUpOnlyTheKeysOfValidItems() {
    CustomerBatchPlan plan =
        new CustomerBatchPlan(
            TENANT,
            List.of(
                item("A@Example.com", null),
                item("bad", null),
                CustomerInput.builder()
                    .given(CustomerField.EMAIL, "b@example.com")
                    .given(CustomerField.EXTERNAL_ID, "x1")
                    .build()),
            ConflictStrategy.SKIP);

    assertEquals(Set.of("a@example.com", "b@example.com"), plan.emailKeys());
    assertEquals(Set.of("x1"), plan.externalIds());
  }

  @Test
  void skipLeavesExistingCustomersAsTheyAre() {
    Customer known = existing("known@example.com", "Known", null);
    CustomerBatchPlan plan =
        new CustomerBatchPlan(
            TENANT,
            List.of(item("KNOWN@example.com", "Other"), item("new@example.com", "New")),
            ConflictStrategy.SKIP);

    BatchResult result = plan.decide(List.of(known)).toResult(c -> 1L);

    assertEquals(
        List.of(new BatchResult.Skipped(0, "duplicate_email", "KNOWN@example.com")),
        result.skipped());
    assertEquals(1, result.created().size());
    assertEquals("Known", known.getName());
    assertEquals(1, plan.newCustomers().size());
  }

  @Test
  void updateOverwritesOnlyNonEmptyFieldsAndKeepsTheStoredEmail() {
    Customer known = existing("known@example.com", "Known", "ext");
    CustomerInput change =
        CustomerInput.builder()
            .given(CustomerField.EMAIL, "Known@Example.com")
            .given(CustomerField.NAME, "")
            .given(CustomerField.PHONE, "0912")
            .build();

    BatchResult result =
        new CustomerBatchPlan(TENANT, List.of(change), ConflictStrategy.UPDATE)
            .decide(List.of(known))
            .toResult(c -> 5L);

    assertEquals(List.of(new BatchResult.Written(0, 5L, "Known@Example.com")), result.updated());
    assertEquals("Known", known.getName());
    assertEquals("0912", known.getPhone());
    assertEquals("ext", known.getExternalId());
    assertEquals("known@example.com", known.getEmail());
  }

  @Test
  void theFirstOfTwoItemsWithOneEmailCreatesAndTheSecondIsAppliedAfterItOnUpdate() {
    CustomerBatchPlan plan =
        new CustomerBatchPlan(
            TENANT,
            List.of(item("twin@example.com", "First"), item("TWIN@example.com", "Second")),
            ConflictStrategy.UPDATE);

    BatchResult result = plan.decide(List.of()).toResult(Customer::getId);

    assertEquals(1, result.created().size());
    assertEquals(1, result.updated().size());
    assertNull(result.updated().get(0).id(), "not persisted: a dry run reports no id");
    assertEquals(1, plan.newCustomers().size());
    assertEquals("Second", plan.newCustomers().get(0).getName());
  }

  @Test
  void theSecondOfTwoItemsWithOneEmailIsSkippedOnSkip() {
    BatchResult result =
        new CustomerBatchPlan(
                TENANT,
                List.of(item("twin@example.com", "First"), item("twin@example.com", "Second")),
                ConflictStrategy.SKIP)
            .decide(List.of())
            .toResult(Customer::getId);

    assertEquals(1, result.created().size());
    assertEquals(1, result.skipped().get(0).index());
  }

  @Test
  void anExternalIdOfAnotherCustomerFailsTheItemButNotItsOwner() {
    Customer owner = existing("owner@example.com", null, "cus_1");
    CustomerInput stranger =
        CustomerInput.builder()
            .given(CustomerField.EMAIL, "stranger@example.com")
            .given(CustomerField.EXTERNAL_ID, "cus_1")
            .build();
    CustomerInput self =
        CustomerInput.builder()
            .given(CustomerField.EMAIL, "owner@example.com")
            .given(CustomerField.EXTERNAL_ID, "cus_1")
            .build();

    BatchResult result =
        new CustomerBatchPlan(TENANT, List.of(stranger, self), ConflictStrategy.UPDATE)
            .decide(List.of(owner))
            .toResult(c -> 1L);

    assertEquals(0, result.failed().get(0).index());
    assertEquals("validation_error", result.failed().get(0).reason());
    assertEquals("external_id", result.failed().get(0).violation().field());
    assertEquals(1, result.updated().get(0).index());
  }

  @Test
  void everyItemIsReportedOnceInIndexOrderWithinEachList() {
    List<CustomerInput> items =
        List.of(
            item("a@example.com", null),
            CustomerInput.builder().build(),
            item("b@example.com", null),
            item("a@example.com", null));

    BatchResult result =
        new CustomerBatchPlan(TENANT, items, ConflictStrategy.SKIP)
            .decide(List.of())
            .toResult(c -> null);

    assertEquals(4, result.total());
    assertEquals(List.of(0, 2), result.created().stream().map(BatchResult.Written::index).toList());
    assertEquals(1, result.failed().get(0).index());
    assertNull(result.failed().get(0).identifier());
    assertEquals(3, result.skipped().get(0).index());
  }

  @Test
  void newCustomersBelongToTheBatchesTenant() {
    CustomerBatchPlan plan =
        new CustomerBatchPlan(TENANT, List.of(item("a@example.com", null)), ConflictStrategy.SKIP);
    plan.decide(List.of());

    assertEquals(TENANT, plan.newCustomers().get(0).getTenantId());
  }
}
