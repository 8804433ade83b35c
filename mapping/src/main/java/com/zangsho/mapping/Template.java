package com.zangsho.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with columns in braces, {@code {First Name} {Last Name}}: each column's cell put in its
 * place, the result trimmed and its inner runs of spaces made one (a missing last name leaves no
 * trailing space). Blank when every column it names is blank. {@code {{} and {@code }}} are literal
 * braces.
 */
public final class Template {
  private final String text;
  private final List<Object> pieces;

  private Template(String text, List<Object> pieces) {
    this.text = text;
    this.pieces = pieces;
  }

  public static Template parse(String text) {
    List<Object> pieces = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        literal.append(c);
        i++;
      } else if (c == '{') {
        int end = text.indexOf('}', i);
        if (end < 0) {
          throw new MappingException("template \"" + text + "\": a { without its }");
        }
        if (!literal.isEmpty()) {
          pieces.add(literal.toString());
          literal.setLength(0);
        }
        pieces.add(new Column(text.substring(i + 1, end).strip()));
        i = end;
      } else if (c == '}') {
        throw new MappingException("template \"" + text + "\": a } without its {");
      } else {
        literal.append(c);
      }
    }
    if (!literal.isEmpty()) {
      pieces.add(literal.toString());
    }
    return new Template(text, List.copyOf(pieces));
  }

  /** The columns it names, in order. */
  public List<String> columns() {
    return pieces.stream().filter(Column.class::isInstance).map(p -> ((Column) p).name()).toList();
  }

  /** The text for {@code row}, or null when every column it names is blank. */
  public String render(Row row) {
    StringBuilder out = new StringBuilder();
    boolean any = false;
    for (Object piece : pieces) {
      if (piece instanceof Column column) {
        String value = row.get(column.name());
        if (value != null) {
          any = true;
          out.append(value);
        }
      } else {
        out.append(piece);
      }
    }
    if (!any && pieces.stream().anyMatch(Column.class::isInstance)) {
      return null;
    }
    return collapseSpaces(out);
  }

  /** Trimmed, each inner run of spaces made one. */
  private static String collapseSpaces(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' || (!out.isEmpty() && out.charAt(out.length() - 1) != ' ')) {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  @Override
  public String toString() {
    return text;
  }

  private record Column(String name) {}
}
