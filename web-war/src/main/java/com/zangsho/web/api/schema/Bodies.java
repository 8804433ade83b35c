package com.zangsho.web.api.schema;

import jakarta.json.JsonObject;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies for the OpenAPI document (see the package description). */
public final class Bodies {
  private Bodies() {}

  @Schema(name = "CustomerInput", description = "客戶欄位;email 為必填")
  public record Customer(
      @Schema(required = true, maxLength = 255, example = "wang.xiaoming@example.com") String email,
      @Schema(maxLength = 255, example = "王小明") String name,
      @Schema(maxLength = 50, example = "0912345678") String phone,
      @Schema(maxLength = 255, example = "cus_abc123") String externalId,
      @Schema(description = "任意 JSON 物件,至多 16 KiB") JsonObject metadata) {}

  @Schema(name = "CustomerChange", description = "有提供的欄位才更新;給 null 則清空(email 不可清空)")
  public record CustomerChange(
      @Schema(maxLength = 255) String email,
      @Schema(maxLength = 255, nullable = true) String name,
      @Schema(maxLength = 50, nullable = true) String phone,
      @Schema(maxLength = 255, nullable = true) String externalId,
      @Schema(nullable = true) JsonObject metadata) {}

  @Schema(name = "CustomersBatch")
  public record CustomersBatch(
      @Schema(
              enumeration = {"skip", "update"},
              defaultValue = "skip")
          String onConflict,
      @Schema(defaultValue = "false", description = "只驗證並回報結果,不寫入") Boolean dryRun,
      @Schema(required = true, minItems = 1, maxItems = 100) List<Customer> customers) {}

  @Schema(
      name = "OrderInput",
      description = "訂單欄位;order_no、amount 與 customer_id 或 customer_email 為必填")
  public record Order(
      @Schema(required = true, maxLength = 64, example = "ORD-2025-001") String orderNo,
      @Schema(description = "既有客戶的 ID") Long customerId,
      @Schema(description = "客戶 Email;不存在時自動建立客戶", example = "wang.xiaoming@example.com")
          String customerEmail,
      @Schema(description = "建立新客戶時使用", example = "王小明") String customerName,
      @Schema(required = true, description = "金額字串或數字,最多兩位小數", example = "1990.00") String amount,
      @Schema(description = "ISO 4217", defaultValue = "TWD", example = "TWD") String currency,
      @Schema(
              enumeration = {"pending", "paid", "failed", "refunded", "cancelled"},
              defaultValue = "pending")
          String status,
      @Schema(
              enumeration = {
                "credit_card",
                "atm",
                "cvs",
                "line_pay",
                "jko_pay",
                "apple_pay",
                "google_pay",
                "bank_transfer",
                "paypal",
                "cash",
                "other"
              })
          String paymentMethod,
      @Schema(enumeration = {"one-time", "monthly", "quarterly", "semi-annual", "yearly"})
          String billingCycle,
      @Schema(format = "date-time") String paidAt,
      @Schema(format = "date-time") String refundedAt,
      @Schema(format = "date-time") String failedAt,
      JsonObject metadata) {}

  @Schema(name = "OrdersBatch")
  public record OrdersBatch(
      @Schema(
              enumeration = {"skip", "update"},
              defaultValue = "skip")
          String onConflict,
      Boolean dryRun,
      @Schema(required = true, minItems = 1, maxItems = 100) List<Order> orders) {}

  @Schema(name = "SubscriptionInput")
  public record Subscription(
      Long customerId,
      String customerEmail,
      @Schema(example = "Pro Plan") String planName,
      @Schema(required = true, example = "990.00") String mrr,
      @Schema(
              required = true,
              enumeration = {"monthly", "quarterly", "semi-annual", "yearly"})
          String billingCycle,
      @Schema(required = true, format = "date-time") String startedAt,
      @Schema(required = true, format = "date-time") String currentPeriodStart,
      @Schema(
              enumeration = {"active", "paused", "cancelled"},
              description = "批次匯入時可用")
          String status,
      @Schema(format = "date-time") String cancelledAt,
      String cancelReason) {}

  @Schema(name = "SubscriptionChange", description = "有提供的欄位才更新;mrr 變動時記錄 upgrade 或 downgrade")
  public record SubscriptionChange(
      @Schema(nullable = true, description = "給 null 則清空") String planName,
      @Schema(example = "1990.00") String mrr,
      @Schema(enumeration = {"monthly", "quarterly", "semi-annual", "yearly"}) String billingCycle,
      @Schema(format = "date-time") String currentPeriodStart) {}

  @Schema(name = "SubscriptionsBatch")
  public record SubscriptionsBatch(
      @Schema(enumeration = {"skip", "update"}) String onConflict,
      Boolean dryRun,
      @Schema(required = true, minItems = 1, maxItems = 100) List<Subscription> subscriptions) {}

  @Schema(name = "SubscriptionCancel")
  public record Cancel(
      @Schema(format = "date-time", description = "未提供則使用當前時間") String cancelledAt,
      @Schema(example = "no_longer_needed") String reason) {}

  @Schema(name = "SubscriptionEventInput")
  public record Event(
      @Schema(required = true) String customerEmail,
      @Schema(
              required = true,
              enumeration = {"created", "upgrade", "downgrade", "cancel", "reactivated"})
          String eventType,
      @Schema(required = true, format = "date-time") String occurredAt,
      String oldAmount,
      String newAmount,
      @Schema(description = "未提供時為 new_amount − old_amount") String amountChange,
      String oldPlan,
      String newPlan) {}

  @Schema(name = "SubscriptionEventsBatch")
  public record EventsBatch(
      @Schema(enumeration = {"skip", "update"}) String onConflict,
      Boolean dryRun,
      @Schema(required = true, minItems = 1, maxItems = 100) List<Event> events) {}

  @Schema(name = "TokenInput")
  public record Token(
      @Schema(required = true, maxLength = 255) String name,
      @Schema(required = true, example = "[\"customers:read\", \"customers:write\"]")
          List<String> abilities,
      @Schema(minimum = "1", description = "未提供則為伺服器預設(60)") Integer rateLimitPerMinute) {}

  @Schema(name = "WebhookInput")
  public record Webhook(
      @Schema(required = true, example = "https://erp.example.com/hooks/zangsho") String url,
      @Schema(required = true, example = "[\"customer.created\", \"order.created\"]")
          List<String> events) {}

  @Schema(name = "WebhookChange")
  public record WebhookChange(
      @Schema(required = true, description = "false 暫停:傳送保留為 pending 不送出;true 恢復:依原順序送出")
          Boolean active) {}

  @Schema(name = "TenantInput")
  public record Tenant(@Schema(required = true, maxLength = 255) String name) {}
}
