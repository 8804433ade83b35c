package com.zangsho.persistence.activity;

import com.zangsho.domain.activity.ActivityFilter;
import com.zangsho.domain.activity.ActivityLogEntry;
import com.zangsho.domain.activity.ActivityLogRepository;
import com.zangsho.domain.page.Cursor;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.ListOrder;
import com.zangsho.persistence.ListQuery;
import com.zangsho.persistence.Paging;
import com.zangsho.persistence.ReportsRaces;
import com.zangsho.persistence.TenantWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
@ReportsRaces
@Transactional(Transactional.TxType.MANDATORY)
public class JpaActivityLogRepository extends JpaRecords<ActivityLogEntry>
    implements ActivityLogRepository {
  /** The list's query: what it reads, in which order, and how a page continues. */
  private static final ListQuery<ActivityLogEntry> LIST =
      new ListQuery<>(
          ActivityLogEntry.class,
          "ActivityLogEntry a",
          "",
          ListOrder.BY_ID_DESCENDING,
          entry -> Cursor.of(entry.getId()));

  @Override
  public Page<ActivityLogEntry> search(long tenantId, ActivityFilter filter, PageRequest page) {
    TenantWhere where =
        new TenantWhere("a", tenantId)
            .equal("action", "action", filter.action())
            .within("createdAt", filter.created());
    return Paging.page(em, LIST, where, page);
  }
}
