package com.zangsho.web.api.schema;

/** The seed's examples, as the OpenAPI document shows them. */
public final class Examples {
  private Examples() {}

  /** The seed's customers batch, as printed in seed-data-import.md. */
  public static final String CUSTOMERS_BATCH =
      """
      {
        "on_conflict": "skip",
        "customers": [
          {"email": "wang.xiaoming@example.com", "name": "王小明", "phone": "0912345678"},
          {"email": "chen.meili@example.com", "name": "陳美麗", "phone": "0923456789",
           "metadata": {"source": "website"}}
        ]
      }""";

  /** The seed's orders batch. */
  public static final String ORDERS_BATCH =
      """
      {
        "on_conflict": "skip",
        "orders": [
          {"order_no": "ORD-2025-001", "customer_email": "wang.xiaoming@example.com",
           "customer_name": "王小明", "amount": "1990.00", "currency": "TWD", "status": "paid",
           "payment_method": "credit_card", "billing_cycle": "monthly",
           "paid_at": "2025-12-01T08:00:00Z"},
          {"order_no": "ORD-2025-002", "customer_email": "chen.meili@example.com",
           "customer_name": "陳美麗", "amount": "5990.00", "currency": "TWD", "status": "paid",
           "payment_method": "credit_card", "billing_cycle": "yearly",
           "paid_at": "2025-12-15T10:00:00Z"}
        ]
      }""";

  /** What the seed's customers batch answers on an empty tenant. */
  public static final String CUSTOMERS_BATCH_RESULT =
      """
      {"data": {"total": 2, "created": 2, "updated": 0, "skipped": 0, "failed": 0,
        "results": {
          "created": [{"index": 0, "id": 1, "identifier": "wang.xiaoming@example.com"},
                      {"index": 1, "id": 2, "identifier": "chen.meili@example.com"}],
          "updated": [], "skipped": [], "failed": []}}}""";

  /** What the seed's orders batch answers after its customers batch. */
  public static final String ORDERS_BATCH_RESULT =
      """
      {"data": {"total": 2, "created": 2, "updated": 0, "skipped": 0, "failed": 0,
        "results": {
          "created": [{"index": 0, "id": 1, "identifier": "ORD-2025-001"},
                      {"index": 1, "id": 2, "identifier": "ORD-2025-002"}],
          "updated": [], "skipped": [], "failed": []}}}""";

  /** Step three: one subscription for each of the seed's customers. */
  public static final String SUBSCRIPTIONS_BATCH =
      """
      {
        "on_conflict": "skip",
        "subscriptions": [
          {"customer_email": "wang.xiaoming@example.com", "plan_name": "Pro Plan",
           "mrr": "1990.00", "billing_cycle": "monthly", "status": "active",
           "started_at": "2025-12-01T08:00:00Z", "current_period_start": "2025-12-01T08:00:00Z"},
          {"customer_email": "chen.meili@example.com", "plan_name": "Basic Plan",
           "mrr": "499.17", "billing_cycle": "yearly", "status": "active",
           "started_at": "2025-12-15T10:00:00Z", "current_period_start": "2025-12-15T10:00:00Z"}
        ]
      }""";

  /** What step three answers after steps one and two. */
  public static final String SUBSCRIPTIONS_BATCH_RESULT =
      """
      {"data": {"total": 2, "created": 2, "updated": 0, "skipped": 0, "failed": 0,
        "results": {
          "created": [{"index": 0, "id": 1, "identifier": "wang.xiaoming@example.com"},
                      {"index": 1, "id": 2, "identifier": "chen.meili@example.com"}],
          "updated": [], "skipped": [], "failed": []}}}""";

  /** Step four: the history of the first customer's subscription. */
  public static final String EVENTS_BATCH =
      """
      {
        "on_conflict": "skip",
        "events": [
          {"customer_email": "wang.xiaoming@example.com", "event_type": "created",
           "occurred_at": "2025-12-01T08:00:00Z", "new_amount": "990.00", "new_plan": "Basic Plan"},
          {"customer_email": "wang.xiaoming@example.com", "event_type": "upgrade",
           "occurred_at": "2026-01-01T08:00:00Z", "old_amount": "990.00", "new_amount": "1990.00",
           "old_plan": "Basic Plan", "new_plan": "Pro Plan"}
        ]
      }""";

  /** What step four answers after steps one to three. */
  public static final String EVENTS_BATCH_RESULT =
      """
      {"data": {"total": 2, "created": 2, "updated": 0, "skipped": 0, "failed": 0,
        "results": {
          "created": [{"index": 0, "id": 1, "identifier": "wang.xiaoming@example.com"},
                      {"index": 1, "id": 2, "identifier": "wang.xiaoming@example.com"}],
          "updated": [], "skipped": [], "failed": []}}}""";

  public static final String CUSTOMER =
      """
      {"email": "wang.xiaoming@example.com", "name": "王小明", "phone": "0912345678",
       "metadata": {"source": "website"}}""";

  public static final String ORDER =
      """
      {"order_no": "ORD-20260109-001", "amount": "990.00", "status": "paid",
       "customer_email": "customer@example.com", "customer_name": "王小明", "currency": "TWD",
       "payment_method": "credit_card", "billing_cycle": "monthly", "paid_at": "2026-01-09T08:00:00Z"}""";
}
