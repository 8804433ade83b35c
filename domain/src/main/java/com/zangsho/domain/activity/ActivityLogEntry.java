package com.zangsho.domain.activity;

import com.zangsho.domain.validation.Instants;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/**
 * One write, as the activity log shows it (docs/api.md §10): what was done, by which token, to
 * what, from where. Written in the transaction of the change it records, so a write that rolled
 * back has none. Entries never change.
 */
@Entity
@Table(name = "activity_logs")
public class ActivityLogEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "activity_log_ids")
  @TableGenerator(
      name = "activity_log_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "activity_logs",
      allocationSize = 100)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "token_id", updatable = false)
  private Long tokenId;

  @Column(name = "token_name", updatable = false)
  private String tokenName;

  @Column(name = "subject_type", updatable = false)
  private String subjectType;

  @Column(name = "subject_id", updatable = false)
  private Long subjectId;

  /** The batch counts as a JSON object, or null for a single write. */
  @Column(updatable = false)
  private String summary;

  @Column(updatable = false)
  private String ip;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ActivityLogEntry() {}

  /**
   * @param action e.g. {@code customers.batch_import}, {@code order.created}
   */
  public ActivityLogEntry(
      long tenantId,
      String action,
      Long tokenId,
      String tokenName,
      String subjectType,
      Long subjectId,
      String summary,
      String ip) {
    this.tenantId = tenantId;
    this.action = action;
    this.tokenId = tokenId;
    this.tokenName = tokenName;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.summary = summary;
    this.ip = ip;
  }

  @PrePersist
  void onCreate() {
    createdAt = Instants.now();
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getAction() {
    return action;
  }

  public Long getTokenId() {
    return tokenId;
  }

  public String getTokenName() {
    return tokenName;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public String getSummary() {
    return summary;
  }

  public String getIp() {
    return ip;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
