package com.zangsho.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The built-in mappings, one per platform's export, each a YAML file beside this class ({@code
 * profiles/NAME.yaml}) with a sample file built from the platform's published column list.
 */
public final class Profiles {
  public static final List<String> NAMES =
      List.of(
          "shopify-customers",
          "shopify-orders",
          "woocommerce-subscriptions",
          "stripe-customers",
          "stripe-subscriptions",
          "chartmogul-customers",
          "chartmogul-invoices",
          "shopline-orders",
          "ecpay-trades");

  private Profiles() {}

  /**
   * @throws MappingException for a name that is not a built-in profile
   */
  public static Mapping load(String name) {
    return Mapping.read(new ByteArrayInputStream(yaml(name)));
  }

  /**
   * The profile's YAML, as a mapping file of one's own would be written.
   *
   * @throws MappingException for a name that is not a built-in profile
   */
  public static byte[] yaml(String name) {
    if (!NAMES.contains(name)) {
      throw new MappingException(
          "unknown profile \"" + name + "\": one of " + String.join(", ", NAMES));
    }
    try (InputStream yaml = Profiles.class.getResourceAsStream("profiles/" + name + ".yaml")) {
      return yaml.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The profile a file's headers fit: every column it needs is there; of several, the one that
   * reads the most of the file's columns.
   */
  public static Optional<String> detect(Collection<String> headers) {
    return NAMES.stream()
        .filter(name -> load(name).missing(headers).isEmpty())
        .max(
            Comparator.comparingLong(
                name -> load(name).columns().stream().filter(headers::contains).count()));
  }
}
