package com.zangsho.domain.customer;

import com.zangsho.domain.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;
import java.util.Locale;
import java.util.Objects;

/**
 * A merchant's customer. The e-mail is unique per tenant compared case-insensitively, through
 * {@code emailKey} (the lower-cased e-mail) and the unique key {@code (tenant_id, email_key)}; the
 * e-mail itself keeps the case it was given.
 *
 * <p>Ids come from a pooled table generator rather than AUTO_INCREMENT: with identity columns
 * Hibernate must insert row by row to read each id back, and a batch import wants one JDBC batch.
 */
@Entity
@Table(name = "customers")
@NamedQuery(
    name = Customer.FIND_BY_ID,
    query = "select c from Customer c where c.tenantId = :tenantId and c.id = :id")
@NamedQuery(
    name = Customer.FIND_BY_EMAIL_KEY,
    query = "select c from Customer c where c.tenantId = :tenantId and c.emailKey = :emailKey")
@NamedQuery(
    name = Customer.FIND_BY_EXTERNAL_ID,
    query = "select c from Customer c where c.tenantId = :tenantId and c.externalId = :externalId")
public class Customer extends TenantRecord {
  public static final String FIND_BY_ID = "Customer.findById";
  public static final String FIND_BY_EMAIL_KEY = "Customer.findByEmailKey";
  public static final String FIND_BY_EXTERNAL_ID = "Customer.findByExternalId";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "customer_ids")
  @TableGenerator(
      name = "customer_ids",
      table = "id_sequences",
      pkColumnName = "sequence_name",
      valueColumnName = "next_val",
      pkColumnValue = "customers",
      allocationSize = 1000)
  private Long id;

  @Column(nullable = false)
  private String email;

  @Column(name = "email_key", nullable = false)
  private String emailKey;

  /**
   * The e-mail key backwards: the customers of one e-mail domain are then a prefix search on an
   * index (docs/api.md §5, {@link SearchGrams}).
   */
  @Column(name = "email_key_reversed")
  private String emailKeyReversed;

  private String name;

  @Column(name = "name_key")
  private String nameKey;

  private String phone;

  @Column(name = "external_id")
  private String externalId;

  private String metadata;

  /**
   * The keys the search index holds this customer under, as read from the database or last indexed;
   * null for a customer not indexed yet. The repository compares them with the keys now to know
   * what to index again.
   */
  @Transient private String indexedEmailKey;

  @Transient private String indexedNameKey;

  protected Customer() {}

  private Customer(long tenantId) {
    super(tenantId);
  }

  /** A new customer from input that passed {@link CustomerRules#validateNew}. */
  public Customer(long tenantId, CustomerInput input) {
    super(tenantId);
    changeEmail(Objects.requireNonNull(input.email(), "email"));
    changeName(input.get(CustomerField.NAME));
    this.phone = input.get(CustomerField.PHONE);
    this.externalId = input.externalId();
    this.metadata = input.get(CustomerField.METADATA);
  }

  /** A customer known only by e-mail and name, as an order for an unknown e-mail creates one. */
  public static Customer named(long tenantId, String email, String name) {
    Customer customer = new Customer(tenantId);
    customer.changeEmail(Objects.requireNonNull(email, "email"));
    customer.changeName(name);
    return customer;
  }

  /** The form an e-mail is compared in: unique per tenant, case-insensitively. */
  public static String emailKeyOf(String email) {
    return email.toLowerCase(Locale.ROOT);
  }

  /** The form a name or a search text is compared in: case-insensitively, trimmed. */
  public static String searchKeyOf(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /** A key backwards, character by character (a surrogate pair stays one character). */
  public static String reversed(String key) {
    return new StringBuilder(key).reverse().toString();
  }

  /**
   * PUT semantics: every given field is set, and a field given as null is cleared (the e-mail
   * cannot be, {@link CustomerRules#validateChange} sees to that).
   */
  public void applyGiven(CustomerInput input) {
    for (CustomerField field : CustomerField.values()) {
      if (input.isGiven(field)) {
        set(field, input.get(field));
      }
    }
  }

  /**
   * Batch-update semantics (the original's "only non-empty fields"): fields given with a value are
   * set; the e-mail is the key that found this row and stays as stored.
   */
  public void applyNonEmpty(CustomerInput input) {
    for (CustomerField field : CustomerField.values()) {
      String value = input.get(field);
      if (field != CustomerField.EMAIL && value != null) {
        set(field, value);
      }
    }
  }

  private void set(CustomerField field, String value) {
    switch (field) {
      case EMAIL -> changeEmail(Objects.requireNonNull(value, "email"));
      case NAME -> changeName(value);
      case PHONE -> phone = value;
      case EXTERNAL_ID -> externalId = value;
      case METADATA -> metadata = value;
    }
  }

  private void changeEmail(String email) {
    this.email = email;
    this.emailKey = emailKeyOf(email);
    this.emailKeyReversed = reversed(emailKey);
  }

  private void changeName(String name) {
    this.name = name;
    this.nameKey = name == null ? null : searchKeyOf(name);
  }

  @PostLoad
  void indexedAsLoaded() {
    markIndexed();
  }

  /** Whether the search index holds this customer under other keys than its own, or not at all. */
  public boolean needsIndexing() {
    return indexedEmailKey == null
        || !indexedEmailKey.equals(emailKey)
        || !Objects.equals(indexedNameKey, nameKey);
  }

  /** The search index now holds this customer under its keys. */
  public void markIndexed() {
    indexedEmailKey = emailKey;
    indexedNameKey = nameKey;
  }

  /** The e-mail key the search index holds this customer under; null if not indexed yet. */
  public String getIndexedEmailKey() {
    return indexedEmailKey;
  }

  public String getIndexedNameKey() {
    return indexedNameKey;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getEmailKey() {
    return emailKey;
  }

  public String getName() {
    return name;
  }

  /** The name as search compares it ({@link #searchKeyOf}), or null. */
  public String getNameKey() {
    return nameKey;
  }

  public String getPhone() {
    return phone;
  }

  public String getExternalId() {
    return externalId;
  }

  /** The metadata object as JSON text, or null. */
  public String getMetadata() {
    return metadata;
  }
}
