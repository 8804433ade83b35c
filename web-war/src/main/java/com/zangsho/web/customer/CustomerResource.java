package com.zangsho.web.customer;

import com.zangsho.application.customer.CustomerImportService;
import com.zangsho.application.customer.CustomerService;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.customer.CustomerNotFoundException;
import com.zangsho.domain.page.PageRequest;
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
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "客戶")
public class CustomerResource {
  static final String BATCH_ITEMS = "customers";
  private static final String SUBJECT = "customer";

  @Inject CustomerService customers;
  @Inject CustomerImportService imports;
  @Inject CurrentCaller caller;
  @Inject Writes writes;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @Operation(
      operationId = "listCustomers",
      summary = "列出客戶",
      description =
          "取得客戶列表,依 id 排序,支援分頁與搜尋。search 搜尋 email 或姓名(模糊比對,不分大小寫,"
              + "% 與 _ 為一般字元):一個以上的中日韓字元比對姓名任何位置(大 找到 王大同);"
              + "三個以上的字元比對 email 或姓名任何位置(xiaoming、ming@exa 找到"
              + " wang.xiaoming@example.com);一或兩個拉丁字元只比對 email 的開頭。")
  @APIResponseSchema(value = CustomerJson.Page.class, responseDescription = "客戶列表")
  @RequiresAbility(Ability.CUSTOMERS_READ)
  @GET
  public PageJson<CustomerJson> list(
      @Parameter(description = "email 或姓名的任何片段(一或兩個拉丁字元:email 的開頭)") @QueryParam("search")
          String search,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("cursor") String cursor) {
    return PageJson.of(
        customers.list(caller.get(), search, PageRequest.fromQuery(page, perPage, cursor)),
        CustomerJson::of);
  }

  @Operation(
      operationId = "getCustomer",
      summary = "取得客戶",
      description = "以 ID 或 external_id 取得客戶,含 ltv、訂單數與付款日期。")
  @APIResponseSchema(value = CustomerJson.Response.class, responseDescription = "客戶")
  @RequiresAbility(Ability.CUSTOMERS_READ)
  @GET
  @Path("{id}")
  public DataJson<CustomerJson> get(
      @Parameter(
              description = "客戶 ID,或商家自己的 external_id",
              schema = @Schema(type = SchemaType.STRING, maxLength = 255))
          @PathParam("id")
          String idOrExternalId) {
    return new DataJson<>(CustomerJson.of(customers.get(caller.get(), idOrExternalId)));
  }

  @Operation(
      operationId = "createCustomer",
      summary = "建立客戶",
      description = "email 必填,同一商家內不分大小寫唯一。")
  @APIResponseSchema(
      value = CustomerJson.Response.class,
      responseCode = "201",
      responseDescription = "已建立;Location 為新客戶的網址")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.Customer.class),
              examples = @ExampleObject(name = "seed", value = Examples.CUSTOMER)))
  @RequiresAbility(Ability.CUSTOMERS_WRITE)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    CustomerInput input =
        FieldInputReader.read(JsonBodies.readObject(body), CustomerInput.builder());
    return writes.commit(
        "customer.created",
        SUBJECT,
        () -> customers.create(caller.get(), input),
        created -> {
          long id = created.customer().getId();
          return Answer.created(
                  uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build(),
                  CustomerJson.of(created))
              .about(id)
              .announcing("customer.created");
        });
  }

  @Operation(
      operationId = "importCustomers",
      summary = "批次匯入客戶",
      description = "一次 1–100 筆;on_conflict 為 skip 或 update;dry_run 只回報不寫入。不觸發 Webhook。")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.CustomersBatch.class),
              examples = @ExampleObject(name = "seed", value = Examples.CUSTOMERS_BATCH)))
  @APIResponse(
      responseCode = "200",
      description = "每筆資料的處理結果",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BatchResultJson.Response.class),
              examples = @ExampleObject(name = "seed", value = Examples.CUSTOMERS_BATCH_RESULT)))
  @RequiresAbility(Ability.CUSTOMERS_WRITE)
  @POST
  @Path("batch")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importBatch(InputStream body) {
    BatchImports.Batch<CustomerInput> batch =
        BatchImports.read(body, BATCH_ITEMS, CustomerInput::builder);
    return writes.commitBatch(
        "customers.batch_import",
        batch.dryRun(),
        () -> imports.importBatch(caller.get(), batch.items(), batch.onConflict(), batch.dryRun()),
        result -> BatchImports.answer(result, headers));
  }

  @Operation(
      operationId = "updateCustomer",
      summary = "更新客戶",
      description = "只更新有提供的欄位;給 null 則清空(email 不可清空)。")
  @APIResponseSchema(value = CustomerJson.Response.class, responseDescription = "更新後的客戶")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.CustomerChange.class)))
  @RequiresAbility(Ability.CUSTOMERS_WRITE)
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("id") String id, InputStream body) {
    long customerId = PathIds.require(id, CustomerNotFoundException::new);
    CustomerInput input =
        FieldInputReader.read(JsonBodies.readObject(body), CustomerInput.builder());
    return writes.commit(
        "customer.updated",
        SUBJECT,
        () -> customers.update(caller.get(), customerId, input),
        updated ->
            Answer.ok(CustomerJson.of(updated)).about(customerId).announcing("customer.updated"));
  }

  @Operation(
      operationId = "deleteCustomer",
      summary = "刪除客戶",
      description = "客戶仍有訂單、訂閱或訂閱事件時回傳 409。")
  @APIResponse(responseCode = "204", description = "已刪除")
  @RequiresAbility(Ability.CUSTOMERS_WRITE)
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    long customerId = PathIds.require(id, CustomerNotFoundException::new);
    return writes.commit(
        "customer.deleted",
        SUBJECT,
        () -> {
          customers.delete(caller.get(), customerId);
          return customerId;
        },
        deleted -> Answer.removed(deleted).announcing("customer.deleted"));
  }
}
