package com.zangsho.web.customer;

import com.zangsho.application.customer.CustomerImportService;
import com.zangsho.application.customer.CustomerService;
import com.zangsho.application.customer.CustomerView;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.customer.CustomerNotFoundException;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "客戶")
public class CustomerResource {
  static final String BATCH_ITEMS = "customers";

  @Inject CustomerService customers;
  @Inject CustomerImportService imports;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @RequiresAbility(Ability.CUSTOMERS_READ)
  @GET
  public PageJson<CustomerJson> list(
      @QueryParam("search") String search,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage) {
    return PageJson.of(
        customers.list(caller.get(), search, PageRequest.fromQuery(page, perPage)),
        CustomerJson::of);
  }

  @RequiresAbility(Ability.CUSTOMERS_READ)
  @GET
  @Path("{idOrExternalId}")
  public DataJson<CustomerJson> get(@PathParam("idOrExternalId") String idOrExternalId) {
    return new DataJson<>(CustomerJson.of(customers.get(caller.get(), idOrExternalId)));
  }

  @Audited(action = "customer.created", subject = "customer", webhook = "customer.created")
  @RequiresAbility(Ability.CUSTOMERS_WRITE)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    CustomerView created =
        customers.create(
            caller.get(),
            FieldInputReader.read(JsonBodies.readObject(body), CustomerInput.builder()));
    return Response.created(
            uriInfo
                .getAbsolutePathBuilder()
                .path(String.valueOf(created.customer().getId()))
                .build())
        .entity(new DataJson<>(CustomerJson.of(created)))
        .build();
  }

  @Audited(action = "customers.batch_import")
  @RequiresAbility(Ability.CUSTOMERS_WRITE)
  @POST
  @Path("batch")
  @Consumes(MediaType.APPLICATION_JSON)
  public DataJson<BatchResultJson> importBatch(InputStream body) {
    return BatchImports.run(
        body, BATCH_ITEMS, CustomerInput::builder, imports, caller.get(), headers);
  }

  @Audited(action = "customer.updated", subject = "customer", webhook = "customer.updated")
  @RequiresAbility(Ability.CUSTOMERS_WRITE)
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public DataJson<CustomerJson> update(@PathParam("id") String id, InputStream body) {
    CustomerInput input =
        FieldInputReader.read(JsonBodies.readObject(body), CustomerInput.builder());
    return new DataJson<>(CustomerJson.of(customers.update(caller.get(), numericId(id), input)));
  }

  @Audited(action = "customer.deleted", subject = "customer", webhook = "customer.deleted")
  @RequiresAbility(Ability.CUSTOMERS_WRITE)
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    customers.delete(caller.get(), numericId(id));
    return Response.noContent().build();
  }

  /** Writes address customers by numeric id only; anything else names no customer. */
  private static long numericId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new CustomerNotFoundException(id);
    }
  }
}
