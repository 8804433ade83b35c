package com.zangsho.web.write;

import com.zangsho.application.write.WriteResult;
import com.zangsho.domain.validation.Ids;
import com.zangsho.web.batch.BatchResultJson;
import com.zangsho.web.json.DataJson;
import com.zangsho.web.json.Identified;
import com.zangsho.web.json.JsonbConfiguration;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/** Turns what a write endpoint returned into the {@link WriteResult} kept and logged. */
public final class WriteResults {
  private WriteResults() {}

  /** The counts of a batch, as the activity log's {@code summary}. */
  @JsonbPropertyOrder({"total", "created", "updated", "skipped", "failed"})
  public record BatchSummary(int total, int created, int updated, int skipped, int failed) {}

  /** The data of an event about a removed row. */
  public record Removed(Long id) {}

  /**
   * @param announced the webhook events the endpoint added besides its own
   */
  static WriteResult of(
      Object answer,
      InvocationContext invocation,
      Audited audited,
      List<WriteResult.WebhookEvent> announced) {
    int status = 200;
    Object entity = answer;
    String location = null;
    if (answer instanceof Response response) {
      status = response.getStatus();
      entity = response.getEntity();
      location = response.getLocation() == null ? null : response.getLocation().toString();
    }
    String body = entity == null ? null : JsonbConfiguration.jsonb().toJson(entity);
    Object data = entity instanceof DataJson<?> envelope ? envelope.data() : null;
    String summary = null;
    if (data instanceof BatchResultJson batch) {
      summary =
          JsonbConfiguration.jsonb()
              .toJson(
                  new BatchSummary(
                      batch.total(),
                      batch.created(),
                      batch.updated(),
                      batch.skipped(),
                      batch.failed()));
    }
    Long subjectId = data instanceof Identified row ? row.id() : pathId(invocation);
    List<WriteResult.WebhookEvent> events = new ArrayList<>();
    if (!audited.webhook().isEmpty()) {
      // A write that answers without a body (DELETE) announces the id of what it removed.
      String eventData =
          data != null
              ? JsonbConfiguration.jsonb().toJson(data)
              : JsonbConfiguration.jsonb().toJson(new Removed(subjectId));
      events.add(new WriteResult.WebhookEvent(audited.webhook(), eventData));
    }
    events.addAll(announced);
    return new WriteResult(status, body, location, subjectId, summary, events);
  }

  /** The {@code {id}} the path names, for writes that answer without a body (DELETE). */
  private static Long pathId(InvocationContext invocation) {
    Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof PathParam path
            && path.value().equals("id")
            && invocation.getParameters()[i] instanceof String id) {
          return Ids.parse(id).orElse(null);
        }
      }
    }
    return null;
  }
}
