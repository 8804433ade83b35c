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

  /** The seed's batch response shape. */
  public static final String BATCH_RESULT =
      """
      {"data": {"total": 10, "created": 8, "updated": 0, "skipped": 1, "failed": 1,
        "results": {
          "created": [{"index": 0, "id": 101, "identifier": "wang.xiaoming@example.com"},
                      {"index": 1, "id": 102, "identifier": "chen.meili@example.com"}],
          "updated": [],
          "skipped": [{"index": 5, "reason": "duplicate_email", "identifier": "existing@example.com"}],
          "failed": [{"index": 9, "reason": "validation_error", "message": "email 欄位為必填",
                      "identifier": null}]}}}""";

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
