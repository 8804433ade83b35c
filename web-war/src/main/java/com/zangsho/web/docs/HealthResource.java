package com.zangsho.web.docs;

import com.zangsho.application.health.Readiness;
import com.zangsho.application.operations.BacklogReport;
import com.zangsho.domain.operations.Backlog;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /health}, {@code /health/live}, {@code /health/ready} without a token, in MicroProfile
 * Health's JSON ({@code {"status": "UP", "checks": [...]}}, 503 when DOWN), on the application's
 * own port: WildFly's MicroProfile Health lives on the management port, which load balancers and
 * users of this image do not see. Ready includes the database. The webhook backlog is a check of
 * its own in {@code /health} only, always UP with its figures as data: a merchant's broken receiver
 * must never take the API out of a load balancer.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health", description = "服務狀態")
public class HealthResource {
  @Inject Readiness readiness;
  @Inject BacklogReport backlog;

  @JsonbPropertyOrder({"name", "status", "data"})
  @Schema(name = "HealthCheck")
  public record Check(
      String name,
      String status,
      @JsonbNillable(false)
          @Schema(description = "The check's figures (the webhook backlog's), when it has some")
          Map<String, Object> data) {
    Check(String name, String status) {
      this(name, status, null);
    }
  }

  @JsonbPropertyOrder({"status", "checks"})
  @Schema(name = "Health", description = "MicroProfile Health 的格式")
  public record Health(String status, List<Check> checks) {}

  @GET
  @Operation(
      operationId = "getHealth",
      summary = "存活與就緒狀態",
      description =
          "Liveness and readiness together, and the webhook backlog as a check of its own"
              + " (`webhooks`, always UP: pending and failed deliveries, the oldest pending's age"
              + " in seconds, receivers failing), which readiness leaves out.")
  @APIResponseSchema(value = Health.class, responseDescription = "UP")
  public Response all() {
    return report(true, true, true);
  }

  @GET
  @Path("live")
  @Operation(
      operationId = "getLiveness",
      summary = "存活狀態",
      description = "Liveness: the server answers.")
  @APIResponseSchema(value = Health.class, responseDescription = "UP")
  public Response live() {
    return report(true, false, false);
  }

  @GET
  @Path("ready")
  @Operation(
      operationId = "getReadiness",
      summary = "就緒狀態",
      description = "Readiness: the database answers too.")
  @APIResponseSchema(value = Health.class, responseDescription = "UP")
  public Response ready() {
    return report(false, true, false);
  }

  private Response report(boolean live, boolean ready, boolean webhooks) {
    List<Check> checks = new ArrayList<>();
    if (live) {
      checks.add(new Check("server", "UP"));
    }
    if (ready) {
      checks.add(new Check("database", readiness.databaseReachable() ? "UP" : "DOWN"));
    }
    boolean up = checks.stream().allMatch(c -> c.status().equals("UP"));
    if (webhooks && up) {
      checks.add(webhookBacklog());
    }
    return Response.status(up ? 200 : 503).entity(new Health(up ? "UP" : "DOWN", checks)).build();
  }

  private Check webhookBacklog() {
    Backlog now = backlog.now();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("pending", now.webhooksPending());
    data.put("failed", now.webhooksFailed());
    data.put("oldest_pending_seconds", now.oldestPending().toSeconds());
    data.put("failing_receivers", now.failingReceivers());
    return new Check("webhooks", "UP", data);
  }
}
