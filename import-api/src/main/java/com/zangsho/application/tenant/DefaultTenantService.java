package com.zangsho.application.tenant;

import com.zangsho.domain.tenant.Ability;
import com.zangsho.domain.tenant.ApiToken;
import com.zangsho.domain.tenant.ApiTokenRepository;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.tenant.Tenant;
import com.zangsho.domain.tenant.TenantRepository;
import com.zangsho.domain.tenant.TokenSecrets;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultTenantService implements TenantService {
  static final String DEFAULT_TENANT = "default";
  private static final String FIRST_TOKEN_NAME = "default";
  private static final String BOOTSTRAP_TOKEN_NAME = "bootstrap";

  @Inject TenantRepository tenants;
  @Inject ApiTokenRepository tokens;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public NewTenant createTenant(String name) {
    List<Violation> violations = Tenant.validateName(name);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    Tenant tenant = new Tenant(name.strip());
    tenants.add(tenant);
    String plain = TokenSecrets.newPlainToken();
    tokens.add(allAbilitiesToken(tenant, FIRST_TOKEN_NAME, plain));
    return new NewTenant(tenant, plain);
  }

  @Override
  public Optional<Caller> authenticate(String plainToken) {
    return tokens
        .findActiveByHash(TokenSecrets.hash(plainToken))
        .map(
            t ->
                new Caller(
                    t.getTenantId(),
                    t.getId(),
                    t.getName(),
                    t.getAbilities(),
                    t.getRateLimitPerMinute()));
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public void ensureBootstrapToken(String plainToken) {
    String hash = TokenSecrets.hash(plainToken);
    if (tokens.findActiveByHash(hash).isEmpty()) {
      tokens.add(allAbilitiesToken(defaultTenant(), BOOTSTRAP_TOKEN_NAME, plainToken));
    }
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public Optional<String> createFirstTokenIfNone() {
    if (tokens.anyExists()) {
      return Optional.empty();
    }
    String plain = TokenSecrets.newPlainToken();
    tokens.add(allAbilitiesToken(defaultTenant(), FIRST_TOKEN_NAME, plain));
    return Optional.of(plain);
  }

  private Tenant defaultTenant() {
    return tenants
        .findFirstByName(DEFAULT_TENANT)
        .orElseGet(
            () -> {
              Tenant tenant = new Tenant(DEFAULT_TENANT);
              tenants.add(tenant);
              return tenant;
            });
  }

  private static ApiToken allAbilitiesToken(Tenant tenant, String name, String plain) {
    return new ApiToken(tenant.getId(), name, TokenSecrets.hash(plain), List.of(Ability.ALL));
  }
}
