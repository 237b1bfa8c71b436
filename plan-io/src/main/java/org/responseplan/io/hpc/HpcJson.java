package org.responseplan.io.hpc;

import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.RawJson;
import org.responseplan.model.validation.JsonPointer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * A small JSON tree of the HPC answer, read with Jackson's streaming parser (plan-io has no databind), and the
 * compact JSON text of tree values and of built values for extensions. Every node keeps the line and column it started
 * at, so that findings can point into the source.
 */
final class HpcJson {
  /** The longest document read: an HPC answer for the largest plans is a few megabytes. */
  static final long MAX_DOCUMENT_BYTES = 64L << 20;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxNestingDepth(200)
          .build())
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .disable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
      .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
      .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  private HpcJson() {}

  /** A JSON value with the place it started at (1-based line and column; 0 when built in code). */
  sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
    int line();

    int column();
  }

  /** An object; members in document order. A repeated name keeps its first value (the repeat is reported). */
  record Obj(Map<String, Node> members, int line, int column) implements Node {
    @Nullable Node get(String name) {
      return members.get(name);
    }

    /** The member as an object, or null when absent or not an object. */
    @Nullable Obj obj(String name) {
      return members.get(name) instanceof Obj o ? o : null;
    }

    /** The member as an array, or null when absent or not an array. */
    @Nullable Arr arr(String name) {
      return members.get(name) instanceof Arr a ? a : null;
    }

    /** The member as text: a string as it is (trimmed), a number as written; null for anything else. */
    @Nullable String text(String name) {
      return HpcJson.text(members.get(name));
    }
  }

  record Arr(List<Node> items, int line, int column) implements Node {}

  record Str(String value, int line, int column) implements Node {}

  /** A number, exactly as written. */
  record Num(BigDecimal value, int line, int column) implements Node {}

  record Bool(boolean value, int line, int column) implements Node {}

  record Null(int line, int column) implements Node {}

  /** Told about a member name that appears twice in one object; the first value is kept. */
  interface DuplicateListener {
    void duplicate(String pointer, String name, int line, int column);
  }

  /** Reads one JSON document; Jackson exceptions (syntax, limits, I/O) propagate to the caller. */
  static Node parse(InputStream in, DuplicateListener duplicates) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new EmptyDocument();
      }
      Node root = value(p, "", duplicates);
      if (p.nextToken() != null) {
        // Jackson reports trailing content itself when asked for the next token; any token here is extra content.
        throw new TrailingContent(p.currentTokenLocation());
      }
      return root;
    }
  }

  /** The document holds no value at all. */
  static final class EmptyDocument extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EmptyDocument() {
      super("the document is empty", null, false, false);
    }
  }

  /** A second value after the document's value. */
  static final class TrailingContent extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    TrailingContent(TokenStreamLocation at) {
      super("content after the end of the document", null, false, false);
      this.line = at.getLineNr();
      this.column = at.getColumnNr();
    }
  }

  private static Node value(JsonParser p, String pointer, DuplicateListener duplicates) {
    TokenStreamLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Node> members = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          TokenStreamLocation nameAt = p.currentTokenLocation();
          p.nextToken();
          Node v = value(p, JsonPointer.append(pointer, name), duplicates);
          if (members.containsKey(name)) {
            duplicates.duplicate(JsonPointer.append(pointer, name), name, nameAt.getLineNr(), nameAt.getColumnNr());
          } else {
            members.put(name, v);
          }
        }
        return new Obj(members, line, column);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        int i = 0;
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          items.add(value(p, JsonPointer.append(pointer, i++), duplicates));
        }
        return new Arr(items, line, column);
      }
      case VALUE_STRING:
        return new Str(p.getString(), line, column);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Num(number(p, line, column), line, column);
      case VALUE_TRUE:
        return new Bool(true, line, column);
      case VALUE_FALSE:
        return new Bool(false, line, column);
      case VALUE_NULL:
        return new Null(line, column);
      default:
        throw new IllegalStateException("unexpected token " + t + " at line " + line);
    }
  }

  /**
   * The number exactly, within a sane range: an exponent beyond {@value #MAX_SCALE} would make its plain text (and
   * any count) absurd, so such a number ends the reading with a {@link NumberOutOfRange}.
   */
  private static BigDecimal number(JsonParser p, int line, int column) {
    BigDecimal v;
    try {
      v = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? new BigDecimal(p.getBigIntegerValue())
          : p.getDecimalValue();
    } catch (NumberFormatException e) {
      throw new NumberOutOfRange(line, column);
    }
    if (Math.abs((long) v.scale()) > MAX_SCALE) {
      throw new NumberOutOfRange(line, column);
    }
    return v;
  }

  static final int MAX_SCALE = 1000;

  /** A number with an exponent beyond {@link #MAX_SCALE}, which no figure of people can have. */
  static final class NumberOutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    NumberOutOfRange(int line, int column) {
      super("a number too large or too small to read exactly", null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  /** A string (trimmed) or a number as written; null for anything else, and for an absent value. */
  static @Nullable String text(@Nullable Node n) {
    if (n instanceof Str s) {
      return s.value().trim();
    }
    if (n instanceof Num num) {
      return plain(num.value());
    }
    return null;
  }

  /** The number as JSON text: an integer without a fraction or exponent, else a plain decimal. */
  static String plain(BigDecimal v) {
    return v.scale() <= 0 ? v.toBigInteger().toString() : v.toPlainString();
  }

  /** The node as a short description for messages: a string in quotes, else its JSON text; at most 100 characters. */
  static String describe(Node n) {
    String text = n instanceof Obj ? "{...}" : n instanceof Arr ? "[...]"
        : n instanceof Str s ? "\"" + s.value() + "\"" : write(n);
    return text.length() <= 100 ? text : text.substring(0, 97) + "...";
  }

  /** The node as compact JSON text, as the plan JSON reader keeps extension values. */
  static String write(Node n) {
    return write(g -> node(g, n));
  }

  static RawJson raw(Node n) {
    return RawJson.of(write(n));
  }

  /** Writes JSON with a generator of the same settings as the plan JSON reader's, so that round trips are exact. */
  static String write(java.util.function.Consumer<JsonGenerator> body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
      body.accept(g);
    }
    return w.toString();
  }

  static void node(JsonGenerator g, Node n) {
    if (n instanceof Obj o) {
      g.writeStartObject();
      for (Map.Entry<String, Node> e : o.members().entrySet()) {
        g.writeName(e.getKey());
        node(g, e.getValue());
      }
      g.writeEndObject();
    } else if (n instanceof Arr a) {
      g.writeStartArray();
      for (Node item : a.items()) {
        node(g, item);
      }
      g.writeEndArray();
    } else if (n instanceof Str s) {
      g.writeString(s.value());
    } else if (n instanceof Num num) {
      BigDecimal v = num.value();
      if (v.scale() <= 0) {
        g.writeNumber(v.toBigInteger());
      } else {
        g.writeNumber(v);
      }
    } else if (n instanceof Bool b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }
}
