package com.zangsho.web.subscription;

import com.zangsho.application.subscription.SubscriptionEventImportService;
import com.zangsho.application.subscription.SubscriptionEventService;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.subscription.EventFilter;
import com.zangsho.domain.subscription.EventInput;
import com.zangsho.domain.tenant.Ability;
import com.zangsho.web.api.schema.Bodies;
import com.zangsho.web.api.schema.Examples;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.auth.RequiresAbility;
import com.zangsho.web.batch.BatchImports;
import com.zangsho.web.batch.BatchResultJson;
import com.zangsho.web.json.FieldInputReader;
import com.zangsho.web.json.JsonBodies;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.write.Answer;
import com.zangsho.web.write.Writes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/subscriptions/events}: the subscription history, recorded and imported. */
@RequestScoped
@Path("v1/subscriptions/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscription events", description = "訂閱事件")
public class SubscriptionEventResource {
  static final String BATCH_ITEMS = "events";

  @Inject SubscriptionEventService events;
  @Inject SubscriptionEventImportService imports;
  @Inject CurrentCaller caller;
  @Inject Writes writes;
  @Context HttpHeaders headers;

  @Operation(
      operationId = "listSubscriptionEvents",
      summary = "列出訂閱事件",
      description =
          "依 occurred_at 排序;篩選 customer_id、event_type,以及 start_date、end_date(occurred_at 的 UTC 日,含當日)。")
  @APIResponseSchema(value = SubscriptionEventJson.Page.class, responseDescription = "訂閱事件列表")
  @RequiresAbility(Ability.SUBSCRIPTIONS_READ)
  @GET
  public PageJson<SubscriptionEventJson> list(
      @QueryParam("customer_id") String customerId,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"created", "upgrade", "downgrade", "cancel", "reactivated"}))
          @QueryParam("event_type")
          String eventType,
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("cursor") String cursor) {
    EventFilter filter = EventFilter.fromQuery(customerId, eventType, startDate, endDate);
    return PageJson.of(
        events.list(caller.get(), filter, PageRequest.fromQuery(page, perPage, cursor)),
        SubscriptionEventJson::of);
  }

  /** 201 without a Location: events are read through the list, not one by one. */
  @Operation(
      operationId = "createSubscriptionEvent",
      summary = "建立訂閱事件",
      description = "手動記錄升級、降級、取消等事件;customer_email 必須存在。")
  @APIResponseSchema(
      value = SubscriptionEventJson.Response.class,
      responseCode = "201",
      responseDescription = "已建立")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.Event.class)))
  @RequiresAbility(Ability.SUBSCRIPTIONS_WRITE)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    EventInput input = FieldInputReader.read(JsonBodies.readObject(body), EventInput.builder());
    return writes.commit(
        "subscription_event.created",
        "subscription_event",
        () -> events.create(caller.get(), input),
        created ->
            Answer.created(null, SubscriptionEventJson.of(created))
                .about(created.getId())
                .announcing(
                    "subscription_event.created",
                    SubscriptionEventJson.webhookSubject(created),
                    SubscriptionEventJson.of(created)));
  }

  @Operation(
      operationId = "importSubscriptionEvents",
      summary = "批次匯入訂閱事件",
      description = "以客戶、event_type、occurred_at 為鍵;update 只更新有提供的非空欄位。不觸發 Webhook。")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.EventsBatch.class),
              examples = @ExampleObject(name = "seed", value = Examples.EVENTS_BATCH)))
  @APIResponse(
      responseCode = "200",
      description = "每筆資料的處理結果",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BatchResultJson.Response.class),
              examples = @ExampleObject(name = "seed", value = Examples.EVENTS_BATCH_RESULT)))
  @RequiresAbility(Ability.SUBSCRIPTIONS_WRITE)
  @POST
  @Path("batch")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importBatch(InputStream body) {
    BatchImports.Batch<EventInput> batch =
        BatchImports.read(body, BATCH_ITEMS, EventInput::builder);
    return writes.commitBatch(
        "subscription_events.batch_import",
        batch.dryRun(),
        () -> imports.importBatch(caller.get(), batch.items(), batch.onConflict(), batch.dryRun()),
        result -> BatchImports.answer(result, headers));
  }
}
