package com.zangsho.importer;

/**
 * What a file holds, and the batch endpoint that takes it (docs/api.md §8). Declared in the order
 * an import runs them: an order names its customer, a subscription its customer, an event its
 * subscription's customer.
 */
enum Resource {
  CUSTOMERS("/v1/customers/batch", "customers"),
  ORDERS("/v1/orders/batch", "orders"),
  SUBSCRIPTIONS("/v1/subscriptions/batch", "subscriptions"),
  EVENTS("/v1/subscriptions/events/batch", "events");

  /** The contract's largest batch. */
  static final int MAX_BATCH = 100;

  final String path;

  /** The request's array field, e.g. {@code {"orders": [...]}}. */
  final String itemsField;

  Resource(String path, String itemsField) {
    this.path = path;
    this.itemsField = itemsField;
  }

  /** By its items field, as a mapping names it: {@code customers}, {@code orders}, … */
  static Resource named(String itemsField) {
    for (Resource resource : values()) {
      if (resource.itemsField.equals(itemsField)) {
        return resource;
      }
    }
    throw new IllegalArgumentException("no resource " + itemsField);
  }
}
