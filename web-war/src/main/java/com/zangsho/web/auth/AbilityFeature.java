package com.zangsho.web.auth;

import com.zangsho.web.write.Audited;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * that any token may call. So does a {@code /v1} write without {@link Audited}: every write is
 * logged and honours idempotency keys.
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
    boolean write =
        method.isAnnotationPresent(POST.class)
            || method.isAnnotationPresent(PUT.class)
            || method.isAnnotationPresent(DELETE.class);
    if (write && !method.isAnnotationPresent(Audited.class)) {
      throw new IllegalStateException(
          type.getName() + "." + method.getName() + " writes under /v1 without @Audited");
    }
    context.register(new AbilityCheck(ability.value()), Priorities.AUTHORIZATION);
  }
}
