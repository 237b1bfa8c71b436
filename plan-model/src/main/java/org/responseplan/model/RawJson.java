package org.responseplan.model;

import java.util.Objects;

/**
 * A JSON value that the model has no field for, kept as its JSON text so that it is written back unchanged.
 *
 * <p>Extensions hold what an importer could not map and what a lenient reader found in unknown fields. The model does
 * not parse the text; the JSON writer checks that it is well-formed JSON when it writes it. Equality compares the
 * text: the JSON reader keeps values in compact form (no spaces, {@code \u001F}-style escapes for control characters
 * only), and {@link #string(String)} escapes the same way.
 *
 * @param json the value as JSON text, such as {@code {"source":"FTS"}} or {@code 42}
 */
public record RawJson(String json) {
  /**
   * Keeps the text as given; it is not parsed here.
   *
   * @param json the value as JSON text
   * @throws NullPointerException when {@code json} is null
   */
  public RawJson {
    Objects.requireNonNull(json, "json");
  }

  /**
   * A value from its JSON text.
   *
   * @param json the value as JSON text, not checked here (the writer checks it is well-formed)
   * @return the value
   */
  public static RawJson of(String json) {
    return new RawJson(json);
  }

  /**
   * A JSON string value, escaped the way the reader keeps strings.
   *
   * @param text the string's content, any characters
   * @return the JSON string, quotes included
   */
  public static RawJson string(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return new RawJson(b.append('"').toString());
  }

  @Override
  public String toString() {
    return json;
  }
}
