package com.zangsho.web.write;

import com.zangsho.application.batch.LostRaces;
import com.zangsho.application.write.IdempotencyClaims;
import com.zangsho.application.write.WriteRequest;
import com.zangsho.application.write.WriteResult;
import com.zangsho.domain.ConcurrentWriteException;
import com.zangsho.domain.WriteConflict;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.operations.BatchCounts;
import com.zangsho.web.operations.CommittedBatches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The envelope of every {@code /v1} write, called by the endpoint after it has read and checked its
 * request: {@link #commit} has {@link WriteBoundary} run the work in one transaction with its
 * activity log entry, its webhook outbox rows and its idempotency key's answer, and sends the
 * answer as it was rendered there, once. A write that lost a race on a unique key runs again from
 * scratch ({@link LostRaces}), with the input it was given. A request whose key's first write
 * committed while it waited is answered what that one was ({@link IdempotentReplays}), and its work
 * does not run.
 */
@RequestScoped
public class Writes {
  @Inject WriteBoundary boundary;
  @Inject CurrentCaller caller;
  @Inject WriteContext context;
  @Inject CommittedBatches batches;

  /**
   * @param action the activity log's action, e.g. {@code customer.created}
   * @param subjectType what the activity log entry is about, e.g. {@code customer}
   * @param work calls of services only; runs inside the transaction, again after a lost race
   * @param answer what the response says of the work's result, and what it announces to webhooks
   */
  public <R> Response commit(
      String action, String subjectType, Supplier<R> work, Function<R, Answer> answer) {
    return commit(request(action, subjectType, false), work, answer);
  }

  /**
   * A batch: as {@link #commit}, with no subject, and with nothing kept of a dry run; its counts go
   * to the operator's metrics.
   */
  public <R> Response commitBatch(
      String action, boolean dryRun, Supplier<R> work, Function<R, Answer> answer) {
    return commit(request(action, null, dryRun), work, answer);
  }

  private WriteRequest request(String action, String subjectType, boolean dryRun) {
    return new WriteRequest(
        caller.get(), action, subjectType, context.ip(), context.idempotencyKey(), dryRun);
  }

  private <R> Response commit(WriteRequest request, Supplier<R> work, Function<R, Answer> answer) {
    context.answeredThroughEnvelope();
    WriteBoundary.Attempt attempt;
    try {
      attempt = LostRaces.retry(request.action(), () -> boundary.attempt(request, work, answer));
    } catch (ConcurrentWriteException e) {
      if (e.conflict() == WriteConflict.IDEMPOTENCY_KEY) {
        throw IdempotencyClaims.stillRunning();
      }
      throw e;
    }
    if (attempt.replayed()) {
      return IdempotentReplays.response(attempt.rendered());
    }
    BatchCounts batch = attempt.answer().batchSummary();
    if (batch != null) {
      batches.committed(
          request.caller(), request.action(), batch, request.dryRun(), context.elapsed());
    }
    return responseOf(attempt.rendered()).build();
  }

  /** The answer as rendered: the body is sent as the JSON text it is, not serialised again. */
  static Response.ResponseBuilder responseOf(WriteResult answer) {
    Response.ResponseBuilder response = Response.status(answer.status());
    if (answer.location() != null) {
      response.header("Location", answer.location());
    }
    if (answer.body() != null) {
      response.type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body());
    }
    return response;
  }
}
