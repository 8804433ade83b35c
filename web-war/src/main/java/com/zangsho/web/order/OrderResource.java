package com.zangsho.web.order;

import com.zangsho.application.order.OrderImportService;
import com.zangsho.application.order.OrderService;
import com.zangsho.domain.order.OrderFilter;
import com.zangsho.domain.order.OrderInput;
import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Ability;
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

@RequestScoped
@Path("v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "訂單")
public class OrderResource {
  static final String BATCH_ITEMS = "orders";

  @Inject OrderService orders;
  @Inject OrderImportService imports;
  @Inject CurrentCaller caller;
  @Inject Writes writes;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @Operation(
      operationId = "listOrders",
      summary = "列出訂單",
      description =
          "依 id 排序;篩選 order_no(完全相同的那一筆,任何字元皆可,例如編號為 stats 的訂單)、"
              + "status、customer_id,以及 start_date、end_date(UTC 日,含當日)。"
              + " 日期依訂單的業務日期:有 paid_at 的訂單依 paid_at,其餘依 created_at,"
              + "所以匯入的歷史訂單落在它自己的月份,而非匯入的那天。")
  @APIResponseSchema(value = OrderJson.Page.class, responseDescription = "訂單列表")
  @RequiresAbility(Ability.ORDERS_READ)
  @GET
  public PageJson<OrderJson> list(
      @Parameter(description = "只列出 order_no 完全相同的訂單(區分大小寫,不去除空白)") @QueryParam("order_no")
          String orderNo,
      @Parameter(
              schema =
                  @Schema(enumeration = {"pending", "paid", "failed", "refunded", "cancelled"}))
          @QueryParam("status")
          String status,
      @QueryParam("customer_id") String customerId,
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("cursor") String cursor) {
    OrderFilter filter = OrderFilter.fromQuery(orderNo, status, customerId, startDate, endDate);
    return PageJson.of(
        orders.list(caller.get(), filter, PageRequest.fromQuery(page, perPage, cursor)),
        OrderJson::of);
  }

  /** Declared before {@code {orderNo}} for readers; JAX-RS prefers the literal path anyway. */
  @Operation(
      operationId = "getOrderStats",
      summary = "訂單統計",
      description =
          "依狀態、付款方式、幣別的筆數與金額,已付款營收與平均已付款訂單金額。"
              + " start_date、end_date(UTC 日,含當日,可省略)依訂單的業務日期選取:"
              + "有 paid_at 的訂單(已付款,或付款後退款)算在 paid_at 的期間,其餘依 created_at。"
              + " paid_revenue 與 average_paid_order 只計 status 為 paid 的訂單;"
              + "頂層金額為所有幣別相加,by_currency 分開列出。")
  @APIResponseSchema(value = OrderStatsJson.Response.class, responseDescription = "訂單統計")
  @RequiresAbility(Ability.ORDERS_READ)
  @GET
  @Path("stats")
  public DataJson<OrderStatsJson> stats(
      @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate) {
    DateRange range = DateRange.fromQuery(startDate, endDate);
    return new DataJson<>(OrderStatsJson.of(orders.stats(caller.get(), range), range));
  }

  @Operation(operationId = "getOrder", summary = "取得訂單", description = "以商家的 order_no 取得訂單。")
  @APIResponseSchema(value = OrderJson.Response.class, responseDescription = "訂單")
  @RequiresAbility(Ability.ORDERS_READ)
  @GET
  @Path("{orderNo}")
  public DataJson<OrderJson> get(@PathParam("orderNo") String orderNo) {
    return new DataJson<>(OrderJson.of(orders.get(caller.get(), orderNo)));
  }

  @Operation(
      operationId = "createOrder",
      summary = "建立訂單",
      description = "customer_email 不存在時自動建立客戶(使用 customer_name)。")
  @APIResponseSchema(
      value = OrderJson.Response.class,
      responseCode = "201",
      responseDescription = "已建立;Location 為新訂單的網址")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.Order.class),
              examples = @ExampleObject(name = "seed", value = Examples.ORDER)))
  @RequiresAbility(Ability.ORDERS_WRITE)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    OrderInput input = FieldInputReader.read(JsonBodies.readObject(body), OrderInput.builder());
    return writes.commit(
        "order.created",
        "order",
        () -> orders.create(caller.get(), input),
        created ->
            // A template value, so that an order_no with braces, spaces or slashes is encoded.
            Answer.created(
                    uriInfo.getAbsolutePathBuilder().path("{orderNo}").build(created.getOrderNo()),
                    OrderJson.of(created))
                .about(created.getId())
                .announcing("order.created"));
  }

  @Operation(
      operationId = "importOrders",
      summary = "批次匯入訂單",
      description =
          "order_no 已存在時:skip 跳過,update 只更新有提供的非空欄位"
              + "(只需 order_no 與要改的欄位,例如 status 與 refunded_at);"
              + "新建的訂單才需要 amount 與客戶。不觸發 Webhook。")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.OrdersBatch.class),
              examples = @ExampleObject(name = "seed", value = Examples.ORDERS_BATCH)))
  @APIResponse(
      responseCode = "200",
      description = "每筆資料的處理結果",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BatchResultJson.Response.class),
              examples = @ExampleObject(name = "seed", value = Examples.ORDERS_BATCH_RESULT)))
  @RequiresAbility(Ability.ORDERS_WRITE)
  @POST
  @Path("batch")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importBatch(InputStream body) {
    BatchImports.Batch<OrderInput> batch =
        BatchImports.read(body, BATCH_ITEMS, OrderInput::builder);
    return writes.commitBatch(
        "orders.batch_import",
        batch.dryRun(),
        () -> imports.importBatch(caller.get(), batch.items(), batch.onConflict(), batch.dryRun()),
        result -> BatchImports.answer(result, headers));
  }
}
