package com.zangsho.domain;

/**
 * The thing asked for does not exist for this tenant (another tenant's row is the same as none).
 */
public class ResourceNotFoundException extends DomainException {
  private final String resource;

  public ResourceNotFoundException(String resource, Object key) {
    super(resource + " " + key + " not found");
    this.resource = resource;
  }

  /** A lower-case resource name such as {@code customer}, used to pick the error message. */
  public String resource() {
    return resource;
  }
}
