package com.zangsho.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build made it (ear/), copied into target/deployments by the build. */
final class Deployments {
  private Deployments() {}

  static EnterpriseArchive builtEar() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("ear.path")));
  }
}
