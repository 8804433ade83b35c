package com.zangsho.domain;

import com.zangsho.domain.validation.Instants;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/**
 * What every merchant record (customer, order, …) has: the tenant it belongs to, fixed for life,
 * and when it was created and last changed, stamped by the entity manager rather than by callers.
 */
@MappedSuperclass
public abstract class TenantRecord {
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected TenantRecord() {}

  protected TenantRecord(long tenantId) {
    this.tenantId = tenantId;
  }

  @PrePersist
  void onCreate() {
    createdAt = Instants.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Instants.now();
  }

  public long getTenantId() {
    return tenantId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
