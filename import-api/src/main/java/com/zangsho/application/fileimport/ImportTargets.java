package com.zangsho.application.fileimport;

import com.zangsho.application.customer.CustomerImportService;
import com.zangsho.application.order.OrderImportService;
import com.zangsho.application.subscription.SubscriptionEventImportService;
import com.zangsho.application.subscription.SubscriptionImportService;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.order.OrderInput;
import com.zangsho.domain.subscription.EventInput;
import com.zangsho.domain.subscription.SubscriptionInput;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The four resources a file can hold, in the seed's order, each with its batch service. */
@ApplicationScoped
public class ImportTargets {
  @Inject CustomerImportService customers;
  @Inject OrderImportService orders;
  @Inject SubscriptionImportService subscriptions;
  @Inject SubscriptionEventImportService events;

  private Map<String, ImportTarget<?, ?>> byName;

  @PostConstruct
  void index() {
    byName =
        List.<ImportTarget<?, ?>>of(
                new ImportTarget<>(
                    "customers", "customers.batch_import", CustomerInput::builder, customers),
                new ImportTarget<>("orders", "orders.batch_import", OrderInput::builder, orders),
                new ImportTarget<>(
                    "subscriptions",
                    "subscriptions.batch_import",
                    SubscriptionInput::builder,
                    subscriptions),
                new ImportTarget<>(
                    "events", "subscription_events.batch_import", EventInput::builder, events))
            .stream()
            .collect(Collectors.toMap(ImportTarget::resource, Function.identity()));
  }

  Optional<ImportTarget<?, ?>> named(String resource) {
    return Optional.ofNullable(byName.get(resource));
  }

  ImportTarget<?, ?> get(String resource) {
    return named(resource).orElseThrow(() -> new IllegalArgumentException(resource));
  }
}
