package com.zangsho.web.write;

import com.zangsho.application.write.WriteAttempt;
import com.zangsho.application.write.WriteRequest;
import com.zangsho.application.write.WriteResult;
import com.zangsho.application.write.WriteTransactions;
import com.zangsho.web.auth.CurrentCaller;
import com.zangsho.web.operations.CommittedBatches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The envelope of every {@code /v1} write, called by the endpoint after it has read and checked its
 * request: {@link #commit} runs the work in one transaction ({@link WriteTransactions}) with its
 * activity log entry, its webhook outbox rows and its idempotency key's answer, and sends the
 * answer as it was rendered there, once. A request whose key's first write committed while it
 * waited is answered what that one was ({@link IdempotentReplays}), and its work does not run.
 */
@RequestScoped
public class Writes {
  @Inject WriteTransactions transactions;
  @Inject CurrentCaller caller;
  @Inject WriteContext context;
  @Inject CommittedBatches batches;

  /**
   * @param action the activity log's action, e.g. {@code customer.created}
   * @param subjectType what the activity log entry is about, e.g. {@code customer}; null for a
   *     batch
   * @param work calls of services only; runs inside the transaction, again after a lost race
   * @param answer what the response says of the work's result, and what it announces to webhooks
   */
  public <R> Response commit(
      String action, String subjectType, Supplier<R> work, Function<R, Answer> answer) {
    WriteRequest request =
        new WriteRequest(caller.get(), action, subjectType, context.ip(), context.idempotencyKey());
    context.answeredThroughEnvelope();
    // The answer of the attempt that committed (a lost race runs the work again).
    AtomicReference<Answer> committed = new AtomicReference<>();
    WriteAttempt.Attempted attempted =
        transactions.commit(
            request,
            work,
            result -> {
              Answer rendered = answer.apply(result);
              committed.set(rendered);
              return rendered.render();
            });
    if (attempted.replayed()) {
      return IdempotentReplays.response(attempted.result());
    }
    Answer.BatchSummary batch = committed.get().batchSummary();
    if (batch != null) {
      batches.committed(
          request.caller(), action, batch, committed.get().dryRun(), context.elapsed());
    }
    return responseOf(attempted.result()).build();
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
