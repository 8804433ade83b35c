package com.zangsho.web.auth;

import com.zangsho.domain.tenant.Caller;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of this request, set by the bearer filter before any resource runs. */
@RequestScoped
public class CurrentCaller {
  private Caller caller;

  public Caller get() {
    if (caller == null) {
      throw new IllegalStateException("no authenticated caller: is the path outside /v1?");
    }
    return caller;
  }

  /** Whether this request was authenticated as a {@code /v1} caller. */
  public boolean isSet() {
    return caller != null;
  }

  public void set(Caller caller) {
    this.caller = caller;
  }
}
