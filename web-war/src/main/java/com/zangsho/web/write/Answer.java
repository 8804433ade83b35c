package com.zangsho.web.write;

import com.zangsho.application.webhook.WebhookEvent;
import com.zangsho.application.write.WriteResult;
import com.zangsho.domain.batch.BatchResult;
import com.zangsho.web.json.JsonbConfiguration;
import com.zangsho.web.operations.BatchCounts;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What a write answers, built by its endpoint from the work's result: the status, the object the
 * body's {@code data} holds, the row the activity log entry names, the batch counts it records and
 * the webhook events the write announces. {@link #render()} writes the object as JSON once; the
 * body and the events carry that one text.
 */
public final class Answer {
  private final int status;
  private final Object data;
  private final URI location;
  private Long subjectId;
  private BatchCounts summary;
  private final List<Announcement> announced = new ArrayList<>();

  private Answer(int status, Object data, URI location) {
    this.status = status;
    this.data = data;
    this.location = location;
  }

  /** 200 with {@code {"data": data}}. */
  public static Answer ok(Object data) {
    return new Answer(200, data, null);
  }

  /** 202 with {@code {"data": data}}: taken on, done later (a delivery's new attempt). */
  public static Answer accepted(Object data) {
    return new Answer(202, data, null);
  }

  /** 202 with {@code {"data": data}} and a {@code Location}: taken on, to be watched there. */
  public static Answer accepted(URI location, Object data) {
    return new Answer(202, data, location);
  }

  /** 201 with {@code {"data": data}}, and a {@code Location} unless it is null. */
  public static Answer created(URI location, Object data) {
    return new Answer(201, data, location);
  }

  /** 204 for the removal of row {@code id}. */
  public static Answer removed(long id) {
    return new Answer(204, null, null).about(id);
  }

  /** The row the activity log entry names. */
  public Answer about(long id) {
    this.subjectId = id;
    return this;
  }

  /** The counts of a batch, as the activity log entry's {@code summary}. */
  public Answer summarizing(BatchResult result) {
    this.summary =
        new BatchCounts(
            result.total(),
            result.created().size(),
            result.updated().size(),
            result.skipped().size(),
            result.failed().size());
    return this;
  }

  /**
   * Announces {@code type} about the answer's row ({@link #about}): with the answer's object as its
   * {@code data}; for a removal, with the id of what was removed.
   */
  public Answer announcing(String type) {
    announced.add(new Announcement(type, type.substring(0, type.indexOf('.')) + ":", null));
    return this;
  }

  /**
   * Announces {@code type} with another object, e.g. the subscription event a change recorded.
   *
   * @param subject the row it is about, e.g. {@code subscription:7}
   */
  public Answer announcing(String type, String subject, Object eventData) {
    announced.add(new Announcement(type, subject, eventData));
    return this;
  }

  /** The batch's counts, or null when the answer is not a batch's. */
  BatchCounts batchSummary() {
    return summary;
  }

  WriteResult render() {
    String rendered = data == null ? null : json(data);
    List<WebhookEvent> events = new ArrayList<>(announced.size());
    for (Announcement announcement : announced) {
      String eventData =
          announcement.data != null
              ? json(announcement.data)
              : rendered != null ? rendered : json(new Removed(subjectId));
      String subject =
          announcement.data != null ? announcement.subject : announcement.subject + subjectId;
      events.add(new WebhookEvent(announcement.type, subject, eventData));
    }
    return new WriteResult(
        status,
        rendered == null ? null : "{\"data\":" + rendered + "}",
        location == null ? null : location.toString(),
        subjectId,
        summary == null ? null : json(summary),
        events);
  }

  private static String json(Object value) {
    return JsonbConfiguration.jsonb().toJson(value);
  }

  /**
   * @param subject the row's subject, or, for an event about the answer's row, its type and colon
   */
  private record Announcement(String type, String subject, Object data) {}

  /** The data of an event about a removed row. */
  public record Removed(Long id) {}
}
