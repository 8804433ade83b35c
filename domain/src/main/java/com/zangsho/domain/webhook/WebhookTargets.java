package com.zangsho.domain.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may point (docs/api.md §9): an absolute http(s) URL whose host resolves only to
 * public addresses; loopback and private networks only when the operator allows them; link-local
 * addresses (cloud metadata endpoints live there) never. Checked when a webhook is made and again
 * before every delivery, since a name can be pointed elsewhere later.
 */
public final class WebhookTargets {
  private WebhookTargets() {}

  /** Why {@code url} may not be a target, or empty when it may. */
  public static Optional<String> refusal(String url, boolean allowPrivateNetworks) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      return Optional.of("not an absolute http or https URL");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Optional.of("no host");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      return Optional.of("host not found");
    }
    for (InetAddress address : addresses) {
      if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || isMetadata(address)) {
        return Optional.of("link-local or metadata address");
      }
      if (!allowPrivateNetworks
          && (address.isLoopbackAddress()
              || address.isSiteLocalAddress()
              || isUniqueLocal(address))) {
        return Optional.of("loopback or private network address");
      }
    }
    return Optional.empty();
  }

  /** AWS's IPv6 metadata address, fd00:ec2::254 (IPv4's 169.254.169.254 is link-local). */
  private static boolean isMetadata(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16
        && (bytes[0] & 0xff) == 0xfd
        && bytes[1] == 0
        && (bytes[2] & 0xff) == 0x0e
        && (bytes[3] & 0xff) == 0xc2
        && (bytes[15] & 0xff) == 0x54
        && (bytes[14] & 0xff) == 0x02;
  }

  /** IPv6 unique local addresses, fc00::/7: IPv6's private networks. */
  private static boolean isUniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
  }
}
