package com.zangsho.persistence.activity;

import com.zangsho.domain.activity.ActivityFilter;
import com.zangsho.domain.activity.ActivityLogEntry;
import com.zangsho.domain.activity.ActivityLogRepository;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.persistence.JpaRecords;
import com.zangsho.persistence.Paging;
import com.zangsho.persistence.TenantWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaActivityLogRepository extends JpaRecords<ActivityLogEntry>
    implements ActivityLogRepository {
  @Override
  public Page<ActivityLogEntry> search(long tenantId, ActivityFilter filter, PageRequest page) {
    TenantWhere where =
        new TenantWhere("a", tenantId)
            .equal("action", "action", filter.action())
            .within("createdAt", filter.created());
    return Paging.page(
        where.bind(em.createQuery("select count(a) from ActivityLogEntry a" + where, Long.class)),
        () ->
            where.bind(
                em.createQuery(
                    "select a from ActivityLogEntry a" + where + " order by a.id desc",
                    ActivityLogEntry.class)),
        page);
  }
}
