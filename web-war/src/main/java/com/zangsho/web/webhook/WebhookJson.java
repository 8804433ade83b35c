package com.zangsho.web.webhook;

import com.zangsho.domain.webhook.Webhook;
import com.zangsho.web.json.Timestamps;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook on the wire; its signing {@code secret} only in the response that made it. */
@JsonbPropertyOrder({"id", "url", "events", "active", "createdAt", "secret"})
@Schema(name = "Webhook", description = "Webhook;簽章用的 secret 只出現在建立的回應中,其餘為 null")
public record WebhookJson(
    long id,
    String url,
    List<String> events,
    @Schema(description = "false:已暫停,傳送保留為 pending") boolean active,
    String createdAt,
    String secret) {

  public static WebhookJson of(Webhook webhook) {
    return new WebhookJson(
        webhook.getId(),
        webhook.getUrl(),
        webhook.getEvents(),
        webhook.isActive(),
        Timestamps.format(webhook.getCreatedAt()),
        null);
  }

  public static WebhookJson created(Webhook webhook) {
    WebhookJson json = of(webhook);
    return new WebhookJson(
        json.id(), json.url(), json.events(), json.active(), json.createdAt(), webhook.getSecret());
  }

  /** The envelope {@code WebhookResponse} of the OpenAPI document. */
  @Schema(name = "WebhookResponse", description = "{\"data\": Webhook}")
  public record Response(WebhookJson data) {}

  /** The envelope {@code WebhookList} of the OpenAPI document. */
  @Schema(name = "WebhookList", description = "{\"data\": [Webhook]}")
  public record Listing(List<WebhookJson> data) {}
}
