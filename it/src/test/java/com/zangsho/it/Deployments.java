package com.zangsho.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The EAR exactly as the build made it (ear/), copied into target/deployments by the build. */
final class Deployments {
  private Deployments() {}

  static EnterpriseArchive builtEar() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("ear.path")));
  }

  /** The built EAR with {@code testClass} placed in its EJB module, to run beside the services. */
  static EnterpriseArchive builtEarRunning(Class<?> testClass) {
    EnterpriseArchive ear = builtEar();
    JavaArchive ejbModule = ear.getAsType(JavaArchive.class, "import-api.jar");
    JavaArchive withTest =
        ShrinkWrap.create(JavaArchive.class, "import-api.jar")
            .merge(ejbModule)
            .addClasses(testClass, Transactions.class);
    ear.delete("import-api.jar");
    return ear.addAsModule(withTest);
  }
}
