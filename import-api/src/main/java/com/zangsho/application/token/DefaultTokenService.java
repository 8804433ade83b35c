package com.zangsho.application.token;

import com.zangsho.domain.ResourceNotFoundException;
import com.zangsho.domain.tenant.ApiToken;
import com.zangsho.domain.tenant.ApiTokenRepository;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.tenant.TokenRequest;
import com.zangsho.domain.tenant.TokenSecrets;
import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

@Stateless
public class DefaultTokenService implements TokenService {
  @Inject ApiTokenRepository tokens;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public IssuedToken create(Caller caller, TokenRequest request) {
    List<Violation> violations = request.validate();
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    String plain = TokenSecrets.newPlainToken();
    ApiToken token =
        new ApiToken(
            caller.tenantId(),
            request.name().strip(),
            TokenSecrets.hash(plain),
            request.abilities(),
            request.rateLimit());
    tokens.add(token);
    return new IssuedToken(token, plain);
  }

  @Override
  public List<ApiToken> list(Caller caller) {
    return tokens.listActive(caller.tenantId());
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public void revoke(Caller caller, long id) {
    find(caller, id).revoke(Instants.now());
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  @Override
  public IssuedToken regenerate(Caller caller, long id) {
    ApiToken token = find(caller, id);
    String plain = TokenSecrets.newPlainToken();
    token.replaceSecret(TokenSecrets.hash(plain));
    return new IssuedToken(token, plain);
  }

  /** A revoked token is gone: it can be neither revoked again nor regenerated. */
  private ApiToken find(Caller caller, long id) {
    return tokens
        .findActiveByIdForChange(caller.tenantId(), id)
        .orElseThrow(() -> new ResourceNotFoundException("token", id));
  }
}
