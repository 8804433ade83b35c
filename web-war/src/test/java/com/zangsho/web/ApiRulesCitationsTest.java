package com.zangsho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Comments cite the project's API rules as {@code docs/api.md §N}: every section they cite must be
 * there, so that a reader of the repository can always follow a citation.
 */
class ApiRulesCitationsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern CITATION = Pattern.compile("api\\.md((?:,? ?§\\d+)+)");
  private static final Pattern SECTION = Pattern.compile("§(\\d+)");
  private static final Pattern HEADING = Pattern.compile("(?m)^## (\\d+)\\. ");

  @Test
  void everyCitedSectionOfDocsApiMdExists() throws IOException {
    Set<String> sections = new HashSet<>();
    Matcher heading = HEADING.matcher(Files.readString(ROOT.resolve("docs/api.md")));
    while (heading.find()) {
      sections.add(heading.group(1));
    }
    List<String> broken = new ArrayList<>();
    int citations = 0;
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : files.filter(ApiRulesCitationsTest::isSource).toList()) {
        Matcher citation = CITATION.matcher(read(file));
        while (citation.find()) {
          Matcher section = SECTION.matcher(citation.group(1));
          while (section.find()) {
            citations++;
            if (!sections.contains(section.group(1))) {
              broken.add(ROOT.relativize(file) + ": §" + section.group(1));
            }
          }
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(citations > 50, "citations found: " + citations);
  }

  private static boolean isSource(Path file) {
    String name = file.toString();
    return (name.endsWith(".java") || name.endsWith(".sql"))
        && !name.contains("/target/")
        && name.contains("/src/");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
