package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.zangsho.application.batch.LostRaces;
import com.zangsho.application.customer.CustomerImportService;
import com.zangsho.application.customer.CustomerService;
import com.zangsho.application.tenant.TenantService;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.customer.CustomerField;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Caller;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import service inside the server, through its EJB interface and real transactions, each begun
 * by the test as an entry point's boundary would.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerImportServiceIT {
  @Inject CustomerImportService imports;
  @Inject CustomerService customers;
  @Inject TenantService tenants;
  @Inject UserTransaction transaction;
  Caller caller;

  /** The built EAR, with this class in its EJB module. */
  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarRunning(CustomerImportServiceIT.class);
  }

  @BeforeEach
  void newTenant() {
    String token =
        committed(() -> tenants.createTenant("service-" + UUID.randomUUID())).plainToken();
    caller = tenants.authenticate(token).orElseThrow();
  }

  @Test
  void aBatchCreatesNewCustomersAndSkipsKnownOnes() {
    BatchResult first = importCommitted(items("a@example.com", "b@example.com"));
    BatchResult second = importCommitted(items("b@example.com", "c@example.com"));

    assertEquals(2, first.created().size());
    assertEquals(1, second.created().size());
    assertEquals(1, second.skipped().size());
    assertEquals("duplicate_email", second.skipped().get(0).reason());
    assertEquals(3, customers.list(caller, null, new PageRequest(1, 20)).total());
  }

  @Test
  void aDryRunWritesNothingEvenForUpdatesInATransactionThatCommits() {
    importCommitted(items("kept@example.com"));
    List<CustomerInput> change =
        List.of(
            CustomerInput.builder()
                .given(CustomerField.EMAIL, "kept@example.com")
                .given(CustomerField.NAME, "New")
                .build(),
            CustomerInput.builder().given(CustomerField.EMAIL, "new@example.com").build());

    BatchResult result =
        committed(() -> imports.importBatch(caller, change, ConflictStrategy.UPDATE, true));

    assertEquals(1, result.updated().size());
    assertEquals(1, result.created().size());
    assertNull(result.created().get(0).id());
    assertNull(customers.get(caller, "" + result.updated().get(0).id()).customer().getName());
    assertEquals(1, customers.list(caller, null, new PageRequest(1, 20)).total());
  }

  /**
   * As every HTTP write runs ({@link LostRaces} around a transaction of its own): a batch that lost
   * a race runs again in a fresh transaction and reports the lost keys as skips.
   */
  @Test
  void concurrentBatchesOnTheSameEmailsEndWithOneRowPerEmail() throws Exception {
    List<CustomerInput> shared = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      shared.add(
          CustomerInput.builder()
              .given(CustomerField.EMAIL, "shared" + i + "@example.com")
              .build());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<BatchResult>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(() -> LostRaces.retry("customers.batch_import", () -> importCommitted(shared)));
      }
      int created = 0;
      for (Future<BatchResult> result : pool.invokeAll(calls)) {
        BatchResult batch = result.get();
        assertEquals(100, batch.total());
        assertEquals(100, batch.created().size() + batch.skipped().size());
        created += batch.created().size();
      }
      assertEquals(100, created);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(100, customers.list(caller, null, new PageRequest(1, 20)).total());
  }

  private BatchResult importCommitted(List<CustomerInput> items) {
    return committed(() -> imports.importBatch(caller, items, ConflictStrategy.SKIP, false));
  }

  private <T> T committed(Supplier<T> work) {
    return Transactions.committed(transaction, work);
  }

  private static List<CustomerInput> items(String... emails) {
    List<CustomerInput> items = new ArrayList<>();
    for (String email : emails) {
      items.add(CustomerInput.builder().given(CustomerField.EMAIL, email).build());
    }
    return items;
  }
}
