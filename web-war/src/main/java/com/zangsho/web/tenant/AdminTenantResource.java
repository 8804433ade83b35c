package com.zangsho.web.tenant;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.web.api.schema.Bodies;
import com.zangsho.web.auth.OperatorOnly;
import com.zangsho.web.json.DataJson;
import com.zangsho.web.json.JsonBodies;
import com.zangsho.web.json.JsonFields;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/tenants")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operators: tenants (needs ZANGSHO_ADMIN_TOKEN)")
public class AdminTenantResource {
  @Inject TenantCreation creation;

  @Operation(
      operationId = "createTenant",
      summary = "建立商家(營運者)",
      description = "需以 ZANGSHO_ADMIN_TOKEN 認證;回傳第一個 * Token。")
  @APIResponseSchema(
      value = NewTenantJson.Response.class,
      responseCode = "201",
      responseDescription = "已建立;token 為明文,只出現這一次")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Bodies.Tenant.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    JsonObject request = JsonBodies.readObject(body);
    JsonFields.TextValue name =
        JsonFields.text("name", request.getOrDefault("name", JsonValue.NULL), Rule.STRING);
    if (name.wrongType() != null) {
      throw new ValidationException(name.wrongType());
    }
    return Response.status(Response.Status.CREATED)
        .entity(new DataJson<>(NewTenantJson.of(creation.create(name.text()))))
        .build();
  }
}
