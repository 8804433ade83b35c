package com.zangsho.web.write;

import com.zangsho.application.write.WriteResult;
import com.zangsho.web.json.JsonbConfiguration;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Webhook events a write endpoint announces besides its own {@link Audited#webhook()}, e.g. the
 * subscription event a cancellation recorded. Collected afresh for every attempt of the write.
 */
@RequestScoped
public class WebhookEvents {
  private final List<WriteResult.WebhookEvent> events = new ArrayList<>();

  /**
   * @param data the object as the API shows it
   */
  public void add(String type, Object data) {
    events.add(new WriteResult.WebhookEvent(type, JsonbConfiguration.jsonb().toJson(data)));
  }

  List<WriteResult.WebhookEvent> drain() {
    List<WriteResult.WebhookEvent> drained = List.copyOf(events);
    events.clear();
    return drained;
  }

  void clear() {
    events.clear();
  }
}
