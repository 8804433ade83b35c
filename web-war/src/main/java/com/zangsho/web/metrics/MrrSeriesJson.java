package com.zangsho.web.metrics;

import com.zangsho.domain.metrics.Interval;
import com.zangsho.domain.metrics.MrrSeries;
import com.zangsho.web.json.Wire;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The MRR series on the wire. */
@JsonbPropertyOrder({"interval", "entries"})
@Schema(name = "MrrSeries", description = "MRR 時間序列")
public record MrrSeriesJson(
    @Schema(enumeration = {"day", "week", "month", "quarter", "year"}) String interval,
    List<Entry> entries) {

  static MrrSeriesJson of(Interval interval, List<MrrSeries.Entry> entries) {
    return new MrrSeriesJson(Wire.name(interval), entries.stream().map(Entry::of).toList());
  }

  @JsonbPropertyOrder({
    "periodStart",
    "periodEnd",
    "startingMrr",
    "newBusiness",
    "expansion",
    "contraction",
    "churn",
    "reactivation",
    "endingMrr",
    "customers"
  })
  @Schema(
      name = "MrrEntry",
      description =
          "一個期間:ending_mrr = starting_mrr + new_business + expansion + contraction + churn"
              + " + reactivation;contraction 與 churn 為負數或零")
  public record Entry(
      String periodStart,
      String periodEnd,
      String startingMrr,
      String newBusiness,
      String expansion,
      String contraction,
      String churn,
      String reactivation,
      String endingMrr,
      @Schema(description = "期間結束時 MRR 大於零的客戶數") long customers) {
    static Entry of(MrrSeries.Entry entry) {
      return new Entry(
          entry.periodStart().toString(),
          entry.periodEnd().toString(),
          Wire.amount(entry.startingMrr()),
          Wire.amount(entry.newBusiness()),
          Wire.amount(entry.expansion()),
          Wire.amount(entry.contraction()),
          Wire.amount(entry.churn()),
          Wire.amount(entry.reactivation()),
          Wire.amount(entry.endingMrr()),
          entry.customers());
    }
  }

  /** The envelope {@code MrrSeriesResponse} of the OpenAPI document. */
  @Schema(name = "MrrSeriesResponse", description = "{\"data\": MRR 時間序列}")
  public record Response(MrrSeriesJson data) {}
}
