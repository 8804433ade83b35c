package com.zangsho.web.order;

import com.zangsho.application.order.OrderImportService;
import com.zangsho.application.order.OrderService;
import com.zangsho.domain.order.Order;
import com.zangsho.domain.order.OrderFilter;
import com.zangsho.domain.order.OrderInput;
import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Ability;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.auth.RequiresAbility;
import com.zangsho.web.batch.BatchImports;
import com.zangsho.web.batch.BatchResultJson;
import com.zangsho.web.json.DataJson;
import com.zangsho.web.json.FieldInputReader;
import com.zangsho.web.json.JsonBodies;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.write.Audited;
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
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @RequiresAbility(Ability.ORDERS_READ)
  @GET
  public PageJson<OrderJson> list(
      @QueryParam("status") String status,
      @QueryParam("customer_id") String customerId,
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage) {
    OrderFilter filter = OrderFilter.fromQuery(status, customerId, startDate, endDate);
    return PageJson.of(
        orders.list(caller.get(), filter, PageRequest.fromQuery(page, perPage)), OrderJson::of);
  }

  /** Declared before {@code {orderNo}} for readers; JAX-RS prefers the literal path anyway. */
  @RequiresAbility(Ability.ORDERS_READ)
  @GET
  @Path("stats")
  public DataJson<OrderStatsJson> stats(
      @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate) {
    DateRange range = DateRange.fromQuery(startDate, endDate);
    return new DataJson<>(OrderStatsJson.of(orders.stats(caller.get(), range), range));
  }

  @RequiresAbility(Ability.ORDERS_READ)
  @GET
  @Path("{orderNo}")
  public DataJson<OrderJson> get(@PathParam("orderNo") String orderNo) {
    return new DataJson<>(OrderJson.of(orders.get(caller.get(), orderNo)));
  }

  @Audited(action = "order.created", subject = "order", webhook = "order.created")
  @RequiresAbility(Ability.ORDERS_WRITE)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    OrderInput input = FieldInputReader.read(JsonBodies.readObject(body), OrderInput.builder());
    Order created = orders.create(caller.get(), input);
    // A template value, so that an order_no with braces, spaces or slashes is encoded, not parsed.
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path("{orderNo}").build(created.getOrderNo()))
        .entity(new DataJson<>(OrderJson.of(created)))
        .build();
  }

  @Audited(action = "orders.batch_import")
  @RequiresAbility(Ability.ORDERS_WRITE)
  @POST
  @Path("batch")
  @Consumes(MediaType.APPLICATION_JSON)
  public DataJson<BatchResultJson> importBatch(InputStream body) {
    return BatchImports.run(body, BATCH_ITEMS, OrderInput::builder, imports, caller.get(), headers);
  }
}
