package com.zangsho.web.activity;

import com.zangsho.application.activity.ActivityLogService;
import com.zangsho.domain.activity.ActivityFilter;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Ability;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.auth.RequiresAbility;
import com.zangsho.web.json.PageJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/activity_logs}: the tenant's writes, newest first. */
@RequestScoped
@Path("v1/activity_logs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity log", description = "操作紀錄")
public class ActivityLogResource {
  @Inject ActivityLogService entries;
  @Inject CurrentCaller caller;

  @Operation(
      operationId = "listActivityLogs",
      summary = "操作紀錄",
      description = "每一筆寫入(含批次匯入的筆數),新到舊;篩選 action,以及 start_date、end_date(寫入的 UTC 日,含當日)。")
  @APIResponseSchema(value = ActivityLogJson.Page.class, responseDescription = "操作紀錄")
  @GET
  @RequiresAbility(Ability.ACTIVITY_LOGS_READ)
  public PageJson<ActivityLogJson> list(
      @QueryParam("action") String action,
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("cursor") String cursor) {
    ActivityFilter filter = ActivityFilter.fromQuery(action, startDate, endDate);
    return PageJson.of(
        entries.list(caller.get(), filter, PageRequest.fromQuery(page, perPage, cursor)),
        ActivityLogJson::of);
  }
}
