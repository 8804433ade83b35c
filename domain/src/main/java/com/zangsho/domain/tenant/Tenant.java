package com.zangsho.domain.tenant;

import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.TextRules;
import com.zangsho.domain.validation.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A merchant. Every other row belongs to exactly one tenant, through its {@code tenant_id}. */
@Entity
@Table(name = "tenants")
@NamedQuery(
    name = Tenant.FIND_BY_NAME,
    query = "select t from Tenant t where t.name = :name order by t.id")
public class Tenant {
  public static final String FIND_BY_NAME = "Tenant.findByName";
  public static final int MAX_NAME = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "tenant_ids")
  @TableGenerator(
      name = "tenant_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "tenants",
      allocationSize = 10)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Tenant() {}

  public Tenant(String name) {
    this.name = Objects.requireNonNull(name);
  }

  /** A tenant's name is required and at most {@value #MAX_NAME} characters. */
  public static List<Violation> validateName(String name) {
    List<Violation> out = new ArrayList<>();
    if (name == null || name.isBlank()) {
      out.add(Violation.of("name", Rule.REQUIRED));
    } else {
      TextRules.maxLength(out, "name", name, MAX_NAME);
    }
    return out;
  }

  @PrePersist
  void onCreate() {
    createdAt = Instants.now();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
