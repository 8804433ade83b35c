package com.zangsho.domain.subscription;

import com.zangsho.domain.validation.FieldChecks;
import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import com.zangsho.domain.validation.WireField;
import java.util.List;
import java.util.Map;

/** The body of {@code PUT /v1/subscriptions/{id}/cancel}: when (default now) and why. */
public final class CancelInput extends FieldInput<CancelInput.Field> {
  public enum Field implements WireField {
    CANCELLED_AT,
    REASON;

    @Override
    public Rule typeRule() {
      return Rule.STRING;
    }
  }

  private CancelInput(Map<Field, String> given, List<Violation> shapeViolations) {
    super(given, shapeViolations);
  }

  public static Builder<Field, CancelInput> builder() {
    return new Builder<>(Field.class, CancelInput::new);
  }

  public String reason() {
    return get(Field.REASON);
  }

  public List<Violation> validate() {
    return new FieldChecks<>(this, Field.class)
        .dateTime(Field.CANCELLED_AT)
        .maxLength(Field.REASON, SubscriptionRules.MAX_CANCEL_REASON)
        .violations();
  }
}
