package com.zangsho.application.operations;

import com.zangsho.domain.operations.Backlog;
import com.zangsho.domain.operations.BacklogRepository;
import com.zangsho.domain.validation.Instants;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The server's {@link Backlog} now, read in a transaction of its own. */
@Stateless
public class BacklogReport {
  @Inject BacklogRepository backlog;

  public Backlog now() {
    return backlog.measure(Instants.now());
  }
}
