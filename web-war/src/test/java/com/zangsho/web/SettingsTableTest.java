package com.zangsho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ZANGSHO_*} setting means one thing whichever way the server was set up: the
 * provisioned server's CLI script and the install kit's read the same variables with the same
 * defaults, and docs/operations.md's one table lists each of them, and each the code reads, with
 * that default (first) and any other a script falls back to where it reads it again (the database
 * URL of Jakarta Batch's job repository, whose H2 file is another).
 */
class SettingsTableTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path PROVISIONED = ROOT.resolve("wildfly/configure-server.cli");
  private static final Path KIT = ROOT.resolve("ear/src/install/install.cli");
  private static final Pattern TABLE_ROW =
      Pattern.compile(
          "^\\| `(ZANGSHO_[A-Z_]+)`(?: / `(ZANGSHO_[A-Z_]+)`)? \\| ([^|]*)\\|", Pattern.MULTILINE);
  private static final Pattern CODE_VARIABLE = Pattern.compile("\"(ZANGSHO_[A-Z_]+)\"");
  private static final String UNSET = "unset";

  @Test
  void theProvisionedServerAndTheKitReadTheSameVariablesWithTheSameDefaults() throws IOException {
    Map<String, Set<String>> provisioned = defaults(PROVISIONED);
    Map<String, Set<String>> kit = defaults(KIT);

    assertTrue(provisioned.containsKey("ZANGSHO_DB_DRIVER"), provisioned.toString());
    assertEquals(provisioned, kit);
  }

  @Test
  void theOperationsTableGivesEveryVariableWithTheScriptsDefault() throws IOException {
    Map<String, String> table = table();
    Set<String> read = new TreeSet<>(defaults(PROVISIONED).keySet());
    read.addAll(variablesInCode());

    assertTrue(table.keySet().containsAll(read), "not in the table: " + difference(read, table));
    defaults(PROVISIONED)
        .forEach(
            (variable, fallbacks) -> {
              String cell = table.get(variable);
              String first = fallbacks.iterator().next();
              assertTrue(
                  cell.startsWith("`" + readable(first) + "`"),
                  variable + ": the table says " + cell + ", the scripts " + first);
              fallbacks.forEach(
                  fallback ->
                      assertTrue(
                          cell.contains("`" + readable(fallback) + "`"),
                          variable + ": the table does not give " + fallback + ": " + cell));
            });
  }

  /**
   * Each {@code ${env.ZANGSHO_X:default}} of a script: the variable and its defaults as written, in
   * the order the script gives them.
   */
  static Map<String, Set<String>> defaults(Path script) throws IOException {
    String text = Files.readString(script);
    Map<String, Set<String>> found = new TreeMap<>();
    for (int at = text.indexOf("${env.ZANGSHO_");
        at >= 0;
        at = text.indexOf("${env.ZANGSHO_", at + 1)) {
      int nameStart = at + "${env.".length();
      int nameEnd = nameStart;
      while (Character.isUpperCase(text.charAt(nameEnd)) || text.charAt(nameEnd) == '_') {
        nameEnd++;
      }
      String fallback = UNSET;
      if (text.charAt(nameEnd) == ':') {
        int depth = 1;
        int end = nameEnd + 1;
        for (; depth > 0; end++) {
          char c = text.charAt(end);
          depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        fallback = text.substring(nameEnd + 1, end - 1);
      }
      String name = text.substring(nameStart, nameEnd);
      found.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(fallback);
    }
    return found;
  }

  /**
   * A default as the table writes it: a nested variable as {@code $NAME}, the home as {@code ~}.
   */
  private static String readable(String fallback) {
    return fallback
        .replaceAll("\\$\\{env\\.(ZANGSHO_[A-Z_]+):(?:[^{}]|\\{[^{}]*\\})*\\}", "\\$$1")
        .replace("${user.home}", "~");
  }

  private static Map<String, String> table() throws IOException {
    String operations = Files.readString(ROOT.resolve("docs/operations.md"));
    String settings = operations.substring(operations.indexOf("## Settings"));
    Map<String, String> rows = new TreeMap<>();
    Matcher row = TABLE_ROW.matcher(settings.substring(0, settings.indexOf("\n## ", 1)));
    while (row.find()) {
      String fallback = row.group(3).strip();
      rows.put(row.group(1), fallback.split(" / ")[0].strip());
      if (row.group(2) != null) {
        String[] both = fallback.split(" / ");
        rows.put(row.group(2), both[both.length - 1].strip());
      }
    }
    return rows;
  }

  private static Set<String> variablesInCode() throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/"))
              .filter(
                  f ->
                      !f.toString().contains("/target/") && !f.startsWith(ROOT.resolve("importer")))
              .toList()) {
        Matcher variable = CODE_VARIABLE.matcher(Files.readString(file));
        while (variable.find()) {
          found.add(variable.group(1));
        }
      }
    }
    return found;
  }

  private static Set<String> difference(Set<String> read, Map<String, String> table) {
    Set<String> missing = new TreeSet<>(read);
    missing.removeAll(table.keySet());
    return missing;
  }
}
