package com.zangsho.web.metrics;

import com.zangsho.application.metrics.MetricsService;
import com.zangsho.domain.metrics.MovementFilter;
import com.zangsho.domain.metrics.MrrQuery;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Ability;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.auth.RequiresAbility;
import com.zangsho.web.json.DataJson;
import com.zangsho.web.json.PageJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /v1/metrics}: MRR and its movements from the subscription events (docs/api.md §11),
 * current as of the last committed write.
 */
@RequestScoped
@Path("v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "營收指標(MRR、流失、留存),每個數字都可追溯到訂閱事件")
public class MetricsResource {
  /** What every metrics operation says of how movements are counted. */
  private static final String RULES =
      "每個訂閱事件把客戶的 MRR 從歷史給出的金額改為事件的 new_amount(cancel 為 0;沒有 new_amount 時加上"
          + " amount_change;reactivated 沒有金額時恢復最後失去的 MRR),差額依 MRR 的去向分類:由 0 變為正數是"
          + " new_business(客戶曾有 MRR 而失去時為 reactivation),增加為 expansion,減少但仍為正數為"
          + " contraction(負數),變為 0 為 churn(負數)。事件的 old_amount 與歷史不符時,變動仍從歷史的金額算起,"
          + "事件自己記載的變動與差額列在 movements 的 event_change,因此 ending_mrr = starting_mrr +"
          + " 各項變動永遠成立。取消後在 ZANGSHO_MRR_RESTART_GRACE_HOURS(預設 24 小時)內恢復 MRR 不算 churn"
          + " 也不算 reactivation,新舊金額之差算 expansion 或 contraction;ZANGSHO_MRR_REACTIVATION_WINDOW_DAYS"
          + "(預設不限)之後才回來的客戶算 new_business。日期為 UTC。商家目前只有一種幣別,金額即該幣別。";

  @Inject MetricsService metrics;
  @Inject CurrentCaller caller;

  @Operation(
      operationId = "getMrrSeries",
      summary = "MRR 時間序列",
      description =
          "start_date 到 end_date(必填,含當日)依 interval 分期(day、week(週一到週日)、month(預設)、quarter、"
              + "year;第一期與最後一期在範圍兩端截斷),每期列出期初 MRR、各項變動、期末 MRR 與期末 MRR 大於零的客戶數;"
              + "每期的 starting_mrr 等於前一期的 ending_mrr。寫入提交後,下一個請求即反映。"
              + RULES)
  @APIResponseSchema(value = MrrSeriesJson.Response.class, responseDescription = "MRR 時間序列")
  @RequiresAbility(Ability.SUBSCRIPTIONS_READ)
  @GET
  @Path("mrr")
  public DataJson<MrrSeriesJson> mrr(
      @Parameter(required = true, schema = @Schema(format = "date")) @QueryParam("start_date")
          String startDate,
      @Parameter(required = true, schema = @Schema(format = "date")) @QueryParam("end_date")
          String endDate,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"day", "week", "month", "quarter", "year"},
                      defaultValue = "month"))
          @QueryParam("interval")
          String interval) {
    MrrQuery.Series query = MrrQuery.series(startDate, endDate, interval);
    return new DataJson<>(
        MrrSeriesJson.of(
            query.interval(),
            metrics.mrr(caller.get(), query.firstDay(), query.lastDay(), query.interval())));
  }

  @Operation(
      operationId = "getMetricsSummary",
      summary = "營收指標摘要",
      description =
          "date(預設今天,UTC)結束時:mrr = 到該日為止所有變動之和;arr = 12 × mrr;customers = MRR 大於零的客戶數;"
              + "arpa = mrr / customers(沒有客戶時為 null)。比率以到 date 為止的一個月計算(period_start = date"
              + " 減一個月再加一天,到 date 含當日),starting_mrr 與 starting_customers 為 period_start 前一日結束時的值:"
              + "gross_mrr_churn_rate = −(churn + contraction) / starting_mrr;net_mrr_churn_rate = −(churn +"
              + " contraction + expansion + reactivation) / starting_mrr(擴張大於損失時為負數);net_mrr_retention ="
              + " (starting_mrr + expansion + contraction + churn) / starting_mrr(不含新客戶與回流客戶);"
              + "customer_churn_rate = churned_customers / starting_customers。比率為四位小數的字串(0.0250 = 2.5%),"
              + "分母為零時為 null。"
              + RULES)
  @APIResponseSchema(value = MrrSummaryJson.Response.class, responseDescription = "營收指標摘要")
  @RequiresAbility(Ability.SUBSCRIPTIONS_READ)
  @GET
  @Path("summary")
  public DataJson<MrrSummaryJson> summary(
      @Parameter(schema = @Schema(format = "date")) @QueryParam("date") String date) {
    return new DataJson<>(
        MrrSummaryJson.of(metrics.summary(caller.get(), MrrQuery.summaryDate(date))));
  }

  @Operation(
      operationId = "listMrrMovements",
      summary = "列出 MRR 變動",
      description =
          "每個數字背後的事件:依 occurred_at 排序,篩選 start_date、end_date(UTC 日,含當日)與 type;"
              + "某期間某類變動的 amount 之和即序列中該期的數字。"
              + RULES)
  @APIResponseSchema(value = MrrMovementJson.Page.class, responseDescription = "MRR 變動列表")
  @RequiresAbility(Ability.SUBSCRIPTIONS_READ)
  @GET
  @Path("mrr/movements")
  public PageJson<MrrMovementJson> movements(
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {
                        "new_business",
                        "expansion",
                        "contraction",
                        "churn",
                        "reactivation"
                      }))
          @QueryParam("type")
          String type,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("cursor") String cursor) {
    MovementFilter filter = MrrQuery.movements(startDate, endDate, type);
    return PageJson.of(
        metrics.movements(caller.get(), filter, PageRequest.fromQuery(page, perPage, cursor)),
        MrrMovementJson::of);
  }
}
