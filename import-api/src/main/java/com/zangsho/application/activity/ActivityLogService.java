package com.zangsho.application.activity;

import com.zangsho.domain.activity.ActivityFilter;
import com.zangsho.domain.activity.ActivityLogEntry;
import com.zangsho.domain.activity.ActivityLogRepository;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Reads the caller's tenant's activity log, newest first (docs/api.md §10). */
@Stateless
public class ActivityLogService {
  @Inject ActivityLogRepository entries;

  public Page<ActivityLogEntry> list(Caller caller, ActivityFilter filter, PageRequest page) {
    return entries.search(caller.tenantId(), filter, page);
  }
}
