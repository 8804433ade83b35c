package com.zangsho.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;

/**
 * What {@link ReportsRaces} promises: the database's race reports translated ({@link Flushing}).
 */
@ReportsRaces
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class RaceReports {
  @AroundInvoke
  Object translate(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (PersistenceException e) {
      throw Flushing.translate(e);
    }
  }
}
