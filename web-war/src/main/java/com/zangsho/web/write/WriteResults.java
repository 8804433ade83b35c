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

/** Turns what a write endpoint returned into the {@link WriteResult} kept and logged. */
public final class WriteResults {
  private WriteResults() {}

  /** The counts of a batch, as the activity log's {@code summary}. */
  @JsonbPropertyOrder({"total", "created", "updated", "skipped", "failed"})
  public record BatchSummary(int total, int created, int updated, int skipped, int failed) {}

  static WriteResult of(Object answer, InvocationContext invocation) {
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
    return new WriteResult(status, body, location, subjectId, summary);
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
