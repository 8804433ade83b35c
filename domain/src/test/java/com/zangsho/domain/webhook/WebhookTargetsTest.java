package com.zangsho.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {
  @Test
  void onlyAbsoluteHttpUrlsAreTargets() {
    assertEquals(
        Optional.of("not an absolute http or https URL"),
        WebhookTargets.refusal("ftp://1.1.1.1/", true));
    assertEquals(
        Optional.of("not an absolute http or https URL"), WebhookTargets.refusal("/hook", true));
    assertTrue(WebhookTargets.refusal("https://1.1.1.1/hook", false).isEmpty());
  }

  @Test
  void linkLocalAndMetadataAddressesAreAlwaysRefused() {
    for (String url :
        new String[] {
          "http://169.254.169.254/latest/meta-data",
          "http://[fe80::1]/",
          "http://[fd00:ec2::254]/",
          "http://0.0.0.0/"
        }) {
      assertEquals(
          Optional.of("link-local or metadata address"), WebhookTargets.refusal(url, true), url);
    }
  }

  @Test
  void privateNetworksOnlyWhenTheOperatorAllowsThem() {
    for (String url :
        new String[] {
          "http://127.0.0.1:8080/",
          "http://10.1.2.3/",
          "http://192.168.0.10/",
          "http://172.16.5.4/",
          "http://[::1]/",
          "http://[fd12::1]/"
        }) {
      assertEquals(
          Optional.of("loopback or private network address"),
          WebhookTargets.refusal(url, false),
          url);
      assertTrue(WebhookTargets.refusal(url, true).isEmpty(), url);
    }
  }
}
