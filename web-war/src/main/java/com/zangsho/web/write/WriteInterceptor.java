package com.zangsho.web.write;

import com.zangsho.application.write.WorkFailedException;
import com.zangsho.application.write.WriteAttempt;
import com.zangsho.application.write.WriteRequest;
import com.zangsho.application.write.WriteRequests;
import com.zangsho.domain.DomainException;
import com.zangsho.web.auth.CurrentCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an {@link Audited} endpoint through {@link WriteRequests}: the endpoint's own code runs
 * inside the write's transaction (the services it calls join it), its answer is rendered there so
 * the idempotency key can keep it, and the activity log entry is written with it. After a lost race
 * the endpoint runs again, with its body read afresh.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class WriteInterceptor {
  @Inject WriteRequests writes;
  @Inject CurrentCaller caller;
  @Inject WriteContext writeContext;
  @Inject WebhookEvents webhookEvents;

  @AroundInvoke
  public Object write(InvocationContext invocation) throws Exception {
    Audited audited = invocation.getMethod().getAnnotation(Audited.class);
    WriteRequest request =
        new WriteRequest(
            caller.get(),
            audited.action(),
            audited.subject().isEmpty() ? null : audited.subject(),
            writeContext.ip(),
            writeContext.idempotencyKey());
    AtomicReference<Object> answer = new AtomicReference<>();
    WriteAttempt.Attempted attempted;
    try {
      attempted =
          writes.execute(
              request,
              () -> {
                webhookEvents.clear();
                answer.set(proceed(invocation));
                return WriteResults.of(answer.get(), invocation, audited, webhookEvents.drain());
              });
    } catch (WorkFailedException e) {
      if (e.getCause() instanceof Exception original) {
        throw original;
      }
      throw e;
    }
    if (attempted.replayed()) {
      // The key's first request committed while this one waited for it: this one did not run.
      throw new ReplayedWrite(attempted.result());
    }
    return answer.get();
  }

  /** One run of the endpoint; what is not the domain's crosses the EJB boundary wrapped. */
  private Object proceed(InvocationContext invocation) {
    Object[] parameters = invocation.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] instanceof InputStream) {
        parameters[i] = writeContext.body();
      }
    }
    invocation.setParameters(parameters);
    try {
      return invocation.proceed();
    } catch (DomainException e) {
      throw e;
    } catch (Exception e) {
      throw new WorkFailedException(e);
    }
  }
}
