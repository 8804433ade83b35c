package com.zangsho.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every plain token and webhook secret the server hands out during the suite, one a line, in the
 * file {@code issued.secrets} names: {@code scripts/grep-secrets.sh} then requires that none of
 * them is in the server's log.
 */
final class IssuedSecrets {
  private static final Pattern SECRET = Pattern.compile("\"(?:token|secret)\":\"([^\"]{16,})\"");
  private static final String FILE = System.getProperty("issued.secrets");

  private IssuedSecrets() {}

  static synchronized void record(String body) {
    if (FILE == null || body == null) {
      return;
    }
    Matcher secret = SECRET.matcher(body);
    while (secret.find()) {
      try {
        Files.writeString(
            Path.of(FILE),
            secret.group(1) + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
