package com.zangsho.web.api.schema;

import com.zangsho.web.activity.ActivityLogJson;
import com.zangsho.web.batch.BatchResultJson;
import com.zangsho.web.customer.CustomerJson;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.metrics.MrrMovementJson;
import com.zangsho.web.metrics.MrrSeriesJson;
import com.zangsho.web.metrics.MrrSummaryJson;
import com.zangsho.web.order.OrderJson;
import com.zangsho.web.order.OrderStatsJson;
import com.zangsho.web.subscription.SubscriptionEventJson;
import com.zangsho.web.subscription.SubscriptionJson;
import com.zangsho.web.tenant.NewTenantJson;
import com.zangsho.web.token.TokenJson;
import com.zangsho.web.webhook.DeliveryJson;
import com.zangsho.web.webhook.WebhookJson;
import com.zangsho.web.webhook.WebhookResource;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The response envelopes by what they hold, for the OpenAPI document: the resources answer with the
 * generic {@code DataJson<T>} and {@code PageJson<T>}, which a generator would otherwise name after
 * their Java types ({@code DataJsonCustomerJson}). Each record here is exactly the wire shape of
 * one of them.
 */
public final class Envelopes {
  private Envelopes() {}

  @Schema(description = "{\"data\": 客戶}")
  public record CustomerResponse(CustomerJson data) {}

  @Schema(description = "客戶列表與分頁資訊")
  public record CustomerPage(List<CustomerJson> data, PageJson.Meta meta) {}

  @Schema(description = "{\"data\": 訂單}")
  public record OrderResponse(OrderJson data) {}

  @Schema(description = "訂單列表與分頁資訊")
  public record OrderPage(List<OrderJson> data, PageJson.Meta meta) {}

  @Schema(description = "{\"data\": 訂單統計}")
  public record OrderStatsResponse(OrderStatsJson data) {}

  @Schema(description = "{\"data\": 訂閱}")
  public record SubscriptionResponse(SubscriptionJson data) {}

  @Schema(description = "訂閱列表與分頁資訊")
  public record SubscriptionPage(List<SubscriptionJson> data, PageJson.Meta meta) {}

  @Schema(description = "{\"data\": 訂閱事件}")
  public record SubscriptionEventResponse(SubscriptionEventJson data) {}

  @Schema(description = "訂閱事件列表與分頁資訊")
  public record SubscriptionEventPage(List<SubscriptionEventJson> data, PageJson.Meta meta) {}

  @Schema(description = "{\"data\": MRR 時間序列}")
  public record MrrSeriesResponse(MrrSeriesJson data) {}

  @Schema(description = "{\"data\": 營收指標摘要}")
  public record MrrSummaryResponse(MrrSummaryJson data) {}

  @Schema(description = "MRR 變動列表與分頁資訊")
  public record MrrMovementPage(List<MrrMovementJson> data, PageJson.Meta meta) {}

  @Schema(description = "{\"data\": 批次匯入結果}(四個批次端點共用)")
  public record BatchResultResponse(BatchResultJson data) {}

  @Schema(description = "{\"data\": Token}")
  public record TokenResponse(TokenJson data) {}

  @Schema(description = "{\"data\": [Token]}")
  public record TokenList(List<TokenJson> data) {}

  @Schema(description = "{\"data\": Webhook}")
  public record WebhookResponse(WebhookJson data) {}

  @Schema(description = "{\"data\": [Webhook]}")
  public record WebhookList(List<WebhookJson> data) {}

  @Schema(description = "{\"data\": WebhookDelivery}")
  public record WebhookDeliveryResponse(DeliveryJson data) {}

  @Schema(description = "{\"data\": {\"redelivered\": 件數}}")
  public record RedeliveredResponse(WebhookResource.Redelivered data) {}

  @Schema(description = "Webhook 傳送紀錄與分頁資訊")
  public record WebhookDeliveryPage(List<DeliveryJson> data, PageJson.Meta meta) {}

  @Schema(description = "操作紀錄與分頁資訊")
  public record ActivityLogPage(List<ActivityLogJson> data, PageJson.Meta meta) {}

  @Schema(description = "{\"data\": 新商家與其第一個 Token}")
  public record CreatedTenantResponse(NewTenantJson data) {}
}
