package com.zangsho.web.auth;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Gives every {@code /v1} resource method the ability check its {@link RequiresAbility} names, at
 * deployment. A {@code /v1} method without one stops the deployment: an endpoint cannot be added
 * that any token may call. (A write that does not go through {@link com.zangsho.web.write.Writes}
 * is stopped when it answers: {@link com.zangsho.web.write.WriteRequestFilter}.)
 */
@Provider
public class AbilityFeature implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Class<?> type = resource.getResourceClass();
    Method method = resource.getResourceMethod();
    Path path = type.getAnnotation(Path.class);
    if (path == null || !BearerAuthenticationFilter.isApiPath(path.value())) {
      return;
    }
    RequiresAbility ability = method.getAnnotation(RequiresAbility.class);
    if (ability == null) {
      ability = type.getAnnotation(RequiresAbility.class);
    }
    if (ability == null) {
      throw new IllegalStateException(
          type.getName() + "." + method.getName() + " serves /v1 without @RequiresAbility");
    }
    if (!ability.value().equals(RequiresAbility.ANY_TOKEN)) {
      context.register(new AbilityCheck(ability.value()), Priorities.AUTHORIZATION);
    }
  }
}
