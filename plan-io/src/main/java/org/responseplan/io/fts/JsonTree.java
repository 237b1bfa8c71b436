package org.responseplan.io.fts;

import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.responseplan.io.json.ReadLimits;
import org.responseplan.model.validation.JsonPointer;
import org.responseplan.model.validation.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * A small, read-only JSON tree built with the Jackson streaming parser (plan-io has no data binding), with the line
 * and column of every value so that findings point into the document. Numbers are kept exactly (as
 * {@link BigDecimal}); {@link #compact(Node)} writes a value back in the compact form that the plan JSON reader gives
 * extension values, so that an imported plan written and read back is equal to itself.
 */
final class JsonTree {
  private JsonTree() {}

  /** A JSON value with where it starts in the document (1-based; 0 when not known). */
  sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
    int line();

    int column();

    /** The value in words, for {@code wrong-type} findings: {@code the number 5}, {@code an object}. */
    String describe();
  }

  /** An object; members in document order. */
  record Obj(Map<String, Node> members, int line, int column) implements Node {
    Obj {
      members = Collections.unmodifiableMap(members);
    }

    Optional<Node> get(String name) {
      return Optional.ofNullable(members.get(name));
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  record Arr(List<Node> items, int line, int column) implements Node {
    Arr {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "an array";
    }
  }

  record Str(String value, int line, int column) implements Node {
    @Override
    public String describe() {
      return "the text \"" + (value.length() > 60 ? value.substring(0, 60) + "..." : value) + "\"";
    }
  }

  /**
   * A number, exactly as written.
   *
   * @param integral true when written without a fraction or exponent
   */
  record Num(BigDecimal value, boolean integral, int line, int column) implements Node {
    @Override
    public String describe() {
      return "the number " + value.toPlainString();
    }
  }

  record Bool(boolean value, int line, int column) implements Node {
    @Override
    public String describe() {
      return String.valueOf(value);
    }
  }

  record Null(int line, int column) implements Node {
    @Override
    public String describe() {
      return "null";
    }
  }

  /** Why a document could not be read: the rule, a detail, and where. */
  record Failure(Rule rule, String detail, int line, int column) {}

  /** Either the root value or the reason there is none. */
  record Parsed(@Nullable Node root, @Nullable Failure failure, List<String> duplicateKeys) {}

  /**
   * The factory for the given limits: standard JSON only (no comments, NaN, single quotes, unquoted names, leading
   * zeros or trailing commas), the same settings as the plan JSON reader.
   */
  static JsonFactory factory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
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
  }

  /**
   * The largest decimal exponent a number may have: beyond it, its plain form (which the plan JSON writer uses) would
   * be longer than the reader's default number length.
   */
  static final int MAX_SCALE = 900;

  /**
   * Thrown inside the parser when the document holds more objects and arrays than the limits allow, or a number
   * whose exponent is too large to be kept exactly.
   */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient TokenStreamLocation at;
    final boolean number;

    TooLarge(TokenStreamLocation at, boolean number) {
      super(null, null, false, false);
      this.at = at;
      this.number = number;
    }
  }

  /** Reads one document from {@code in} (which stays open); never throws on bad input. */
  static Parsed parse(JsonFactory factory, ReadLimits limits, InputStream in) {
    List<String> duplicates = new ArrayList<>();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new Parsed(null, new Failure(Rule.JSON_SYNTAX, "the document is empty", 1, 1), duplicates);
      }
      int[] containers = {0};
      Node root = value(p, "", limits.maxObjects(), containers, duplicates);
      if (p.nextToken() != null) {
        TokenStreamLocation at = p.currentTokenLocation();
        return new Parsed(null, new Failure(Rule.JSON_SYNTAX, "there is more content after the end of the document",
            at.getLineNr(), at.getColumnNr()), duplicates);
      }
      return new Parsed(root, null, duplicates);
    } catch (TooLarge e) {
      String what = e.number ? "a number that cannot be kept exactly (its exponent is beyond +/-" + MAX_SCALE + ")"
          : "more than " + limits.maxObjects() + " objects and arrays (ReadLimits.maxObjects)";
      return new Parsed(null, new Failure(Rule.JSON_LIMIT, what, e.at.getLineNr(), e.at.getColumnNr()), duplicates);
    } catch (JacksonException e) {
      Rule rule = e instanceof StreamConstraintsException ? Rule.JSON_LIMIT : Rule.JSON_SYNTAX;
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      return new Parsed(null, new Failure(rule, firstLine(e.getOriginalMessage()), line, column), duplicates);
    }
  }

  private static Node value(JsonParser p, String path, int maxContainers, int[] containers, List<String> duplicates) {
    TokenStreamLocation at = p.currentTokenLocation();
    int line = Math.max(at.getLineNr(), 0);
    int column = Math.max(at.getColumnNr(), 0);
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        if (++containers[0] > maxContainers) {
          throw new TooLarge(at, false);
        }
        Map<String, Node> members = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          String memberPath = JsonPointer.append(path, name);
          Node v = value(p, memberPath, maxContainers, containers, duplicates);
          if (members.containsKey(name)) {
            duplicates.add(memberPath);
          } else {
            members.put(name, v);
          }
        }
        return new Obj(members, line, column);
      }
      case START_ARRAY -> {
        if (++containers[0] > maxContainers) {
          throw new TooLarge(at, false);
        }
        List<Node> items = new ArrayList<>();
        int i = 0;
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          items.add(value(p, JsonPointer.append(path, i++), maxContainers, containers, duplicates));
        }
        return new Arr(items, line, column);
      }
      case VALUE_STRING -> {
        return new Str(p.getString(), line, column);
      }
      case VALUE_NUMBER_INT -> {
        return new Num(new BigDecimal(p.getBigIntegerValue()), true, line, column);
      }
      case VALUE_NUMBER_FLOAT -> {
        BigDecimal v;
        try {
          v = p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
          throw new TooLarge(at, true);
        }
        if (Math.abs(v.scale()) > MAX_SCALE || v.precision() - v.scale() > MAX_SCALE) {
          throw new TooLarge(at, true);
        }
        return new Num(v, false, line, column);
      }
      case VALUE_TRUE -> {
        return new Bool(true, line, column);
      }
      case VALUE_FALSE -> {
        return new Bool(false, line, column);
      }
      case VALUE_NULL -> {
        return new Null(line, column);
      }
      default -> throw new IllegalStateException("unexpected token " + t);
    }
  }

  /**
   * The value as compact JSON text (no spaces; numbers as plain decimals), as the plan JSON reader keeps extension
   * values.
   */
  static String compact(JsonFactory factory, Node node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      write(g, node);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Node node) {
    if (node instanceof Obj o) {
      g.writeStartObject();
      for (Map.Entry<String, Node> e : o.members().entrySet()) {
        g.writeName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (node instanceof Arr a) {
      g.writeStartArray();
      for (Node item : a.items()) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (node instanceof Str s) {
      g.writeString(s.value());
    } else if (node instanceof Num n) {
      if (n.integral()) {
        g.writeNumber(n.value().toBigIntegerExact());
      } else {
        g.writeNumber(n.value());
      }
    } else if (node instanceof Bool b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }

  /** A JSON number for an exact amount. */
  static Num number(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    boolean integral = v.scale() <= 0;
    return new Num(integral ? new BigDecimal(v.toBigIntegerExact()) : v, integral, 0, 0);
  }

  static Num number(BigInteger value) {
    return new Num(new BigDecimal(value), true, 0, 0);
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
