package com.zangsho.application.token;

import com.zangsho.domain.tenant.ApiToken;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.tenant.TokenRequest;
import java.util.List;

/** The caller's tenant's tokens (docs/api.md §2, ability {@code tokens:manage}). */
public interface TokenService {
  /** A token made now, with its plain value: the only time anyone sees it. */
  record IssuedToken(ApiToken token, String plainToken) {}

  /**
   * @throws com.zangsho.domain.validation.ValidationException for a missing name, no or unknown
   *     abilities, or a rate limit out of range
   */
  IssuedToken create(Caller caller, TokenRequest request);

  List<ApiToken> list(Caller caller);

  /** The token dies at once. */
  void revoke(Caller caller, long id);

  /** A new plain value for the token; the old one dies at once. */
  IssuedToken regenerate(Caller caller, long id);
}
