package com.zangsho.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An HTTP test against the EAR exactly as the build made it, deployed to the provisioned server for
 * each test class; {@link #base} is where it answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedEarTest {
  @ArquillianResource URL base;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }
}
