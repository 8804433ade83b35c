package com.zangsho.domain.subscription;

import com.zangsho.domain.money.Money;
import com.zangsho.domain.money.MoneyChange;
import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The event fields one request or batch item gives (see {@link FieldInput}). */
public final class EventInput extends FieldInput<EventField> {
  private EventInput(Map<EventField, String> given, List<Violation> shapeViolations) {
    super(given, shapeViolations);
  }

  public static Builder<EventField, EventInput> builder() {
    return new Builder<>(EventField.class, EventInput::new);
  }

  public String customerEmail() {
    return get(EventField.CUSTOMER_EMAIL);
  }

  public Optional<EventType> eventType() {
    return wireNamed(EventField.EVENT_TYPE, EventType.class);
  }

  public Optional<Instant> occurredAt() {
    return instant(EventField.OCCURRED_AT);
  }

  public Optional<Money> amount(EventField field) {
    return text(field).flatMap(t -> Money.parse(field.wireName(), t).value());
  }

  public Optional<MoneyChange> amountChange() {
    return text(EventField.AMOUNT_CHANGE).flatMap(MoneyChange::parse);
  }
}
