package com.zangsho.web.docs;

import com.zangsho.application.health.Readiness;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /health}, {@code /health/live}, {@code /health/ready} without a token, in MicroProfile
 * Health's JSON ({@code {"status": "UP", "checks": [...]}}, 503 when DOWN), on the application's
 * own port: WildFly's MicroProfile Health lives on the management port, which load balancers and
 * users of this image do not see. Ready includes the database.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health", description = "服務狀態")
public class HealthResource {
  @Inject Readiness readiness;

  @JsonbPropertyOrder({"name", "status"})
  @Schema(name = "HealthCheck")
  public record Check(String name, String status) {}

  @JsonbPropertyOrder({"status", "checks"})
  @Schema(name = "Health", description = "MicroProfile Health 的格式")
  public record Health(String status, List<Check> checks) {}

  @GET
  @Operation(
      operationId = "getHealth",
      summary = "存活與就緒狀態",
      description = "Liveness and readiness together.")
  @APIResponseSchema(value = Health.class, responseDescription = "UP")
  public Response all() {
    return report(true, true);
  }

  @GET
  @Path("live")
  @Operation(
      operationId = "getLiveness",
      summary = "存活狀態",
      description = "Liveness: the server answers.")
  @APIResponseSchema(value = Health.class, responseDescription = "UP")
  public Response live() {
    return report(true, false);
  }

  @GET
  @Path("ready")
  @Operation(
      operationId = "getReadiness",
      summary = "就緒狀態",
      description = "Readiness: the database answers too.")
  @APIResponseSchema(value = Health.class, responseDescription = "UP")
  public Response ready() {
    return report(false, true);
  }

  private Response report(boolean live, boolean ready) {
    List<Check> checks = new ArrayList<>();
    if (live) {
      checks.add(new Check("server", "UP"));
    }
    if (ready) {
      checks.add(new Check("database", readiness.databaseReachable() ? "UP" : "DOWN"));
    }
    boolean up = checks.stream().allMatch(c -> c.status().equals("UP"));
    return Response.status(up ? 200 : 503).entity(new Health(up ? "UP" : "DOWN", checks)).build();
  }
}
