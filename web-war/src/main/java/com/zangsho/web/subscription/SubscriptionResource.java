package com.zangsho.web.subscription;

import com.zangsho.application.subscription.SubscriptionImportService;
import com.zangsho.application.subscription.SubscriptionService;
import com.zangsho.application.subscription.SubscriptionWrite;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.subscription.CancelInput;
import com.zangsho.domain.subscription.Subscription;
import com.zangsho.domain.subscription.SubscriptionEvent;
import com.zangsho.domain.subscription.SubscriptionFilter;
import com.zangsho.domain.subscription.SubscriptionInput;
import com.zangsho.domain.subscription.SubscriptionNotFoundException;
import com.zangsho.domain.tenant.Ability;
import com.zangsho.web.api.PathIds;
import com.zangsho.web.api.schema.Bodies;
import com.zangsho.web.api.schema.Examples;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.auth.RequiresAbility;
import com.zangsho.web.batch.BatchImports;
import com.zangsho.web.batch.BatchResultJson;
import com.zangsho.web.json.DataJson;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

/**
 * {@code /v1/subscriptions}. Ids are digits only, so that {@code /v1/subscriptions/events} (a
 * resource of its own) is never read as a subscription id.
 */
@RequestScoped
@Path("v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "訂閱")
public class SubscriptionResource {
  static final String BATCH_ITEMS = "subscriptions";
  private static final String SUBJECT = "subscription";
  private static final String EVENT_CREATED = "subscription_event.created";

  @Inject SubscriptionService subscriptions;
  @Inject SubscriptionImportService imports;
  @Inject CurrentCaller caller;
  @Inject Writes writes;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @Operation(
      operationId = "listSubscriptions",
      summary = "列出訂閱",
      description = "依 id 排序;篩選 status、customer_id。")
  @APIResponseSchema(value = SubscriptionJson.Page.class, responseDescription = "訂閱列表")
  @RequiresAbility(Ability.SUBSCRIPTIONS_READ)
  @GET
  public PageJson<SubscriptionJson> list(
      @Parameter(schema = @Schema(enumeration = {"active", "paused", "cancelled"}))
          @QueryParam("status")
          String status,
      @QueryParam("customer_id") String customerId,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("cursor") String cursor) {
    SubscriptionFilter filter = SubscriptionFilter.fromQuery(status, customerId);
    return PageJson.of(
        subscriptions.list(caller.get(), filter, PageRequest.fromQuery(page, perPage, cursor)),
        SubscriptionJson::of);
  }

  @Operation(operationId = "getSubscription", summary = "取得訂閱", description = "以 ID 取得訂閱。")
  @APIResponseSchema(value = SubscriptionJson.Response.class, responseDescription = "訂閱")
  @RequiresAbility(Ability.SUBSCRIPTIONS_READ)
  @GET
  @Path("{id}")
  public DataJson<SubscriptionJson> get(@PathParam("id") String id) {
    return data(
        subscriptions.get(caller.get(), PathIds.require(id, SubscriptionNotFoundException::new)));
  }

  @Operation(
      operationId = "createSubscription",
      summary = "建立訂閱",
      description = "每位客戶只能有一個訂閱;記錄 created 事件。")
  @APIResponseSchema(
      value = SubscriptionJson.Response.class,
      responseCode = "201",
      responseDescription = "已建立;Location 為新訂閱的網址")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.Subscription.class)))
  @RequiresAbility(Ability.SUBSCRIPTIONS_WRITE)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    SubscriptionInput input = input(body);
    return writes.commit(
        "subscription.created",
        SUBJECT,
        () -> subscriptions.create(caller.get(), input),
        created -> {
          long id = created.subscription().getId();
          return announcing(
              Answer.created(
                  uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build(),
                  SubscriptionJson.of(created.subscription())),
              "subscription.created",
              created);
        });
  }

  @Operation(
      operationId = "importSubscriptions",
      summary = "批次匯入訂閱",
      description =
          "以客戶為鍵(每位客戶一個訂閱);update 只更新有提供的非空欄位,"
              + "新建的訂閱才需要 mrr、billing_cycle、started_at 與 current_period_start。"
              + "不記錄事件、不觸發 Webhook。")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.SubscriptionsBatch.class),
              examples = @ExampleObject(name = "seed", value = Examples.SUBSCRIPTIONS_BATCH)))
  @APIResponse(
      responseCode = "200",
      description = "每筆資料的處理結果",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BatchResultJson.Response.class),
              examples =
                  @ExampleObject(name = "seed", value = Examples.SUBSCRIPTIONS_BATCH_RESULT)))
  @RequiresAbility(Ability.SUBSCRIPTIONS_WRITE)
  @POST
  @Path("batch")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importBatch(InputStream body) {
    BatchImports.Batch<SubscriptionInput> batch =
        BatchImports.read(body, BATCH_ITEMS, SubscriptionInput::builder);
    return writes.commitBatch(
        "subscriptions.batch_import",
        batch.dryRun(),
        () -> imports.importBatch(caller.get(), batch.items(), batch.onConflict(), batch.dryRun()),
        result -> BatchImports.answer(result, headers));
  }

  @Operation(
      operationId = "updateSubscription",
      summary = "更新訂閱",
      description = "只更新有提供的欄位(plan_name 給 null 則清空);MRR 上升記錄 upgrade,下降記錄 downgrade。")
  @APIResponseSchema(value = SubscriptionJson.Response.class, responseDescription = "更新後的訂閱")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.SubscriptionChange.class)))
  @RequiresAbility(Ability.SUBSCRIPTIONS_WRITE)
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("id") String id, InputStream body) {
    long subscriptionId = PathIds.require(id, SubscriptionNotFoundException::new);
    SubscriptionInput input = input(body);
    return writes.commit(
        "subscription.updated",
        SUBJECT,
        () -> subscriptions.update(caller.get(), subscriptionId, input),
        updated -> changed(updated, "subscription.updated"));
  }

  @Operation(
      operationId = "cancelSubscription",
      summary = "取消訂閱",
      description = "記錄 cancel 事件;已取消時回傳 409。不帶內容時以當下時間取消、不記原因。")
  @APIResponseSchema(value = SubscriptionJson.Response.class, responseDescription = "已取消的訂閱")
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.Cancel.class)))
  @RequiresAbility(Ability.SUBSCRIPTIONS_WRITE)
  @PUT
  @Path("{id}/cancel")
  public Response cancel(@PathParam("id") String id, InputStream body) {
    long subscriptionId = PathIds.require(id, SubscriptionNotFoundException::new);
    CancelInput input =
        FieldInputReader.read(JsonBodies.readOptionalObject(body), CancelInput.builder());
    return writes.commit(
        "subscription.cancelled",
        SUBJECT,
        () -> subscriptions.cancel(caller.get(), subscriptionId, input),
        cancelled -> changed(cancelled, "subscription.cancelled"));
  }

  @Operation(
      operationId = "reactivateSubscription",
      summary = "重新啟用訂閱",
      description = "記錄 reactivated 事件;已是有效狀態時回傳 409。")
  @APIResponseSchema(value = SubscriptionJson.Response.class, responseDescription = "重新啟用的訂閱")
  @RequiresAbility(Ability.SUBSCRIPTIONS_WRITE)
  @PUT
  @Path("{id}/reactivate")
  public Response reactivate(@PathParam("id") String id) {
    long subscriptionId = PathIds.require(id, SubscriptionNotFoundException::new);
    return writes.commit(
        "subscription.reactivated",
        SUBJECT,
        () -> subscriptions.reactivate(caller.get(), subscriptionId),
        reactivated -> changed(reactivated, "subscription.reactivated"));
  }

  /** 200 with the subscription written, announced as {@code type} with the events it recorded. */
  private static Answer changed(SubscriptionWrite write, String type) {
    return announcing(Answer.ok(SubscriptionJson.of(write.subscription())), type, write);
  }

  /** The write announced as {@code type}, then each event it recorded, in order. */
  private static Answer announcing(Answer answer, String type, SubscriptionWrite write) {
    answer.about(write.subscription().getId()).announcing(type);
    for (SubscriptionEvent event : write.recorded()) {
      answer.announcing(
          EVENT_CREATED,
          SubscriptionEventJson.webhookSubject(event),
          SubscriptionEventJson.of(event));
    }
    return answer;
  }

  private static SubscriptionInput input(InputStream body) {
    return FieldInputReader.read(JsonBodies.readObject(body), SubscriptionInput.builder());
  }

  private static DataJson<SubscriptionJson> data(Subscription subscription) {
    return new DataJson<>(SubscriptionJson.of(subscription));
  }
}
