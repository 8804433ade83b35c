package com.zangsho.web.webhook;

import com.zangsho.application.webhook.WebhookService;
import com.zangsho.domain.ResourceNotFoundException;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Ability;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import com.zangsho.web.api.PathIds;
import com.zangsho.web.api.schema.Bodies;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.auth.RequiresAbility;
import com.zangsho.web.json.DataJson;
import com.zangsho.web.json.JsonBodies;
import com.zangsho.web.json.JsonFields;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.write.Answer;
import com.zangsho.web.write.Writes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/webhooks}: where single writes are announced, and how each delivery went. */
@RequestScoped
@Path("v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Webhook 通知")
@RequiresAbility(Ability.WEBHOOKS_MANAGE)
public class WebhookResource {
  private static final String SUBJECT = "webhook";
  private static final Function<String, ResourceNotFoundException> NOT_FOUND =
      id -> new ResourceNotFoundException("webhook", id);

  @Inject WebhookService webhooks;
  @Inject CurrentCaller caller;
  @Inject Writes writes;

  @Operation(operationId = "listWebhooks", summary = "列出 Webhook", description = "不含簽章用的 secret。")
  @APIResponseSchema(value = WebhookJson.Listing.class, responseDescription = "此商家的 Webhook")
  @GET
  public DataJson<List<WebhookJson>> list() {
    return new DataJson<>(webhooks.list(caller.get()).stream().map(WebhookJson::of).toList());
  }

  @Operation(operationId = "getWebhook", summary = "取得 Webhook", description = "以 ID 取得 Webhook。")
  @APIResponseSchema(value = WebhookJson.Response.class, responseDescription = "Webhook")
  @GET
  @Path("{id}")
  public DataJson<WebhookJson> get(@PathParam("id") String id) {
    return new DataJson<>(
        WebhookJson.of(webhooks.get(caller.get(), PathIds.require(id, NOT_FOUND))));
  }

  @Operation(
      operationId = "createWebhook",
      summary = "建立 Webhook",
      description = "簽章用的 secret 只在此回應出現一次。")
  @APIResponseSchema(
      value = WebhookJson.Response.class,
      responseCode = "201",
      responseDescription = "已建立;含 secret")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.Webhook.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    JsonObject request = JsonBodies.readObject(body);
    List<Violation> shape = new ArrayList<>();
    JsonFields.TextValue url =
        JsonFields.text(
            WebhookService.URL,
            request.getOrDefault(WebhookService.URL, JsonValue.NULL),
            Rule.STRING);
    if (url.wrongType() != null) {
      shape.add(url.wrongType());
    }
    List<String> events =
        JsonFields.strings(WebhookService.EVENTS, request.get(WebhookService.EVENTS), shape);
    return writes.commit(
        "webhook.created",
        SUBJECT,
        () -> webhooks.create(caller.get(), url.text(), events, shape),
        created -> Answer.created(null, WebhookJson.created(created)).about(created.getId()));
  }

  @Operation(operationId = "deleteWebhook", summary = "刪除 Webhook", description = "連同尚未送出的傳送一併刪除。")
  @APIResponse(responseCode = "204", description = "已刪除")
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    long webhookId = PathIds.require(id, NOT_FOUND);
    return writes.commit(
        "webhook.deleted",
        SUBJECT,
        () -> {
          webhooks.delete(caller.get(), webhookId);
          return webhookId;
        },
        Answer::removed);
  }

  @Operation(
      operationId = "updateWebhook",
      summary = "暫停或恢復 Webhook",
      description =
          "active=false 暫停:新的與待送的傳送保留為 pending、不送出;active=true 恢復:" + "待送的傳送立即依建立順序(同一對象依序)送出。")
  @APIResponseSchema(value = WebhookJson.Response.class, responseDescription = "Webhook")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.WebhookChange.class)))
  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("id") String id, InputStream body) {
    long webhookId = PathIds.require(id, NOT_FOUND);
    JsonObject request = JsonBodies.readObject(body);
    List<Violation> shape = new ArrayList<>();
    JsonValue value = request.get(WebhookService.ACTIVE);
    Boolean active = null;
    if (value != null) {
      active = JsonFields.bool(value).orElse(null);
      if (active == null) {
        shape.add(Violation.of(WebhookService.ACTIVE, Rule.BOOLEAN));
      }
    }
    Boolean given = active;
    return writes.commit(
        "webhook.updated",
        SUBJECT,
        () -> webhooks.changeActive(caller.get(), webhookId, given, shape),
        changed -> Answer.ok(WebhookJson.of(changed)).about(changed.getId()));
  }

  @Operation(
      operationId = "redeliverWebhookDelivery",
      summary = "重新傳送",
      description = "以同一個事件 id 再傳送一次,不論這次傳送目前的狀態(已送達、已放棄或待送);" + "Webhook 暫停時保留到恢復。")
  @APIResponseSchema(
      value = DeliveryJson.Response.class,
      responseCode = "202",
      responseDescription = "已排入傳送")
  @POST
  @Path("{id}/deliveries/{delivery_id}/redeliver")
  public Response redeliver(
      @PathParam("id") String id, @PathParam("delivery_id") String deliveryId) {
    long webhookId = PathIds.require(id, NOT_FOUND);
    long delivery =
        PathIds.require(deliveryId, missing -> new ResourceNotFoundException("delivery", missing));
    return writes.commit(
        "webhook.delivery_redelivered",
        SUBJECT,
        () -> webhooks.redeliver(caller.get(), webhookId, delivery),
        redelivered -> Answer.accepted(DeliveryJson.of(redelivered)).about(webhookId));
  }

  @Operation(
      operationId = "redeliverFailedWebhookDeliveries",
      summary = "重新傳送失敗的傳送",
      description = "最近 7 天內放棄(failed)的每一筆傳送各再傳送一次;回應其件數。")
  @APIResponseSchema(
      value = Redelivered.Response.class,
      responseCode = "202",
      responseDescription = "已排入傳送的件數")
  @POST
  @Path("{id}/redeliver_failed")
  public Response redeliverFailed(@PathParam("id") String id) {
    long webhookId = PathIds.require(id, NOT_FOUND);
    return writes.commit(
        "webhook.failed_redelivered",
        SUBJECT,
        () -> webhooks.redeliverFailed(caller.get(), webhookId),
        count -> Answer.accepted(new Redelivered(count)).about(webhookId));
  }

  /** How many failed deliveries were given another attempt. */
  @Schema(name = "Redelivered")
  public record Redelivered(int redelivered) {
    /** The envelope {@code RedeliveredResponse} of the OpenAPI document. */
    @Schema(name = "RedeliveredResponse", description = "{\"data\": {\"redelivered\": 件數}}")
    public record Response(Redelivered data) {}
  }

  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "Webhook 傳送紀錄",
      description = "每次傳送的嘗試次數、狀態碼、下次重試時間與最後錯誤。")
  @APIResponseSchema(value = DeliveryJson.Page.class, responseDescription = "傳送紀錄")
  @GET
  @Path("{id}/deliveries")
  public PageJson<DeliveryJson> deliveries(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("cursor") String cursor) {
    return PageJson.of(
        webhooks.deliveries(
            caller.get(),
            PathIds.require(id, NOT_FOUND),
            PageRequest.fromQuery(page, perPage, cursor)),
        DeliveryJson::of);
  }
}
