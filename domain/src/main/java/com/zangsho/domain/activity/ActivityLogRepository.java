package com.zangsho.domain.activity;

import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;

/** The activity log of one tenant at a time. Joins the caller's transaction. */
public interface ActivityLogRepository {
  void add(ActivityLogEntry entry);

  /** Newest first. */
  Page<ActivityLogEntry> search(long tenantId, ActivityFilter filter, PageRequest page);
}
