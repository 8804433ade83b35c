package com.zangsho.web.metrics;

import com.zangsho.domain.metrics.MrrMovement;
import com.zangsho.web.json.PageJson;
import com.zangsho.web.json.Timestamps;
import com.zangsho.web.json.Wire;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event behind a figure, on the wire. */
@JsonbPropertyOrder({
  "eventId",
  "customerId",
  "customerEmail",
  "eventType",
  "type",
  "amount",
  "eventChange",
  "mrrAfter",
  "occurredAt"
})
@Schema(name = "MrrMovement", description = "一個訂閱事件造成的 MRR 變動")
public record MrrMovementJson(
    @Schema(description = "訂閱事件的 id") long eventId,
    long customerId,
    String customerEmail,
    @Schema(enumeration = {"created", "upgrade", "downgrade", "cancel", "reactivated"})
        String eventType,
    @Schema(enumeration = {"new_business", "expansion", "contraction", "churn", "reactivation"})
        String type,
    @Schema(description = "計入的 MRR 變動(contraction 與 churn 為負數)") String amount,
    @Schema(description = "事件本身記載的變動;與 amount 不同時,事件與之前的歷史矛盾,差額即缺口") String eventChange,
    @Schema(description = "事件後客戶的 MRR") String mrrAfter,
    String occurredAt) {

  static MrrMovementJson of(MrrMovement movement) {
    return new MrrMovementJson(
        movement.getEventId(),
        movement.getCustomerId(),
        movement.getCustomer().getEmail(),
        Wire.name(movement.getEventType()),
        Wire.name(movement.getType()),
        Wire.amount(movement.getAmount()),
        Wire.amount(movement.getEventChange()),
        Wire.amount(movement.getMrrAfter()),
        Timestamps.format(movement.getOccurredAt()));
  }

  /** The envelope {@code MrrMovementPage} of the OpenAPI document. */
  @Schema(name = "MrrMovementPage", description = "MRR 變動列表與分頁資訊")
  public record Page(List<MrrMovementJson> data, PageJson.Meta meta) {}
}
