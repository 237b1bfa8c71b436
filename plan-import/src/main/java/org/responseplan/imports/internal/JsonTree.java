package org.responseplan.imports.internal;

import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.ReadLimits;
import org.responseplan.model.RawJson;
import org.responseplan.model.validation.JsonPointer;
import org.responseplan.model.validation.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * A small, read-only JSON tree built with the Jackson streaming parser (plan-io has no data binding), shared by the
 * importers of JSON answers (FTS, HPC). Every value keeps the line and column it starts at, so that findings point
 * into the document; numbers are kept exactly (as {@link BigDecimal}), with whether they were written as integers.
 *
 * <p>{@link Parser#parse(InputStream)} never throws on bad input: it gives the root value, or a {@link Failure}
 * (syntax, a {@link ReadLimits} bound, an empty document, content after the document, a number that cannot be kept
 * exactly, a stream that cannot be read), and the member names met twice in one object. {@link #compact(Node)} writes
 * a value back in the compact form in which the plan JSON reader keeps extension values, so that an imported plan
 * written and read back is equal to itself.
 */
public final class JsonTree {
  /**
   * The largest decimal exponent, and the most integer digits, a number may have: beyond it, its plain form (which the
   * plan JSON writer uses) would come close to the reader's default number length.
   */
  public static final int MAX_SCALE = 900;

  /** Writes numbers as plain decimals, never in exponent form, as the plan JSON writer does. */
  private static final JsonFactory WRITER =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private JsonTree() {}

  // ---- the tree ----

  /** A JSON value with where it starts in the document (1-based line and column; 0 when built in code). */
  public sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
    int line();

    int column();

    /** The value in words, for findings such as {@code wrong-type}: {@code the number 5}, {@code an object}. */
    String describe();

    /**
     * The value as a short excerpt for messages and reports: a string in quotes, an object {@code {...}}, an array
     * {@code [...]}, anything else as its JSON text; at most 100 characters.
     */
    default String excerpt() {
      String text = this instanceof Obj ? "{...}" : this instanceof Arr ? "[...]"
          : this instanceof Str s ? "\"" + s.value() + "\"" : compact(this);
      return text.length() <= 100 ? text : text.substring(0, 97) + "...";
    }
  }

  /** An object; members in document order. A repeated name keeps its first value (the repeat is reported). */
  public record Obj(Map<String, Node> members, int line, int column) implements Node {
    public Obj {
      members = Collections.unmodifiableMap(members);
    }

    /** The member, when present. */
    public Optional<Node> get(String name) {
      return Optional.ofNullable(members.get(name));
    }

    /** The member, or null when absent. */
    public @Nullable Node member(String name) {
      return members.get(name);
    }

    /** The member as an object, or null when absent or not an object. */
    public @Nullable Obj obj(String name) {
      return members.get(name) instanceof Obj o ? o : null;
    }

    /** The member as an array, or null when absent or not an array. */
    public @Nullable Arr arr(String name) {
      return members.get(name) instanceof Arr a ? a : null;
    }

    /** The member as text ({@link JsonTree#text(Node)}), or null. */
    public @Nullable String text(String name) {
      return JsonTree.text(members.get(name));
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  public record Arr(List<Node> items, int line, int column) implements Node {
    public Arr {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "an array";
    }
  }

  public record Str(String value, int line, int column) implements Node {
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
  public record Num(BigDecimal value, boolean integral, int line, int column) implements Node {
    @Override
    public String describe() {
      return "the number " + value.toPlainString();
    }
  }

  public record Bool(boolean value, int line, int column) implements Node {
    @Override
    public String describe() {
      return String.valueOf(value);
    }
  }

  public record Null(int line, int column) implements Node {
    @Override
    public String describe() {
      return "null";
    }
  }

  /** A string (trimmed) or a number as written (plain, without exponent); null for anything else and for null. */
  public static @Nullable String text(@Nullable Node node) {
    if (node instanceof Str s) {
      return s.value().trim();
    }
    if (node instanceof Num n) {
      return n.value().toPlainString();
    }
    return null;
  }

  // ---- reading ----

  /**
   * Why a document could not be read: the rule ({@code json-syntax}, {@code json-limit}, or {@code unreadable} when
   * the stream failed), a detail for the finding's message, and where (1-based; 0 when not known).
   */
  public record Failure(Rule rule, String detail, int line, int column) {}

  /**
   * A member name met again in one object: the first value is kept.
   *
   * @param pointer the JSON Pointer of the repeated member
   * @param line where the repeated name is (1-based)
   */
  public record Duplicate(String pointer, String name, int line, int column) {}

  /** Either the root value or the reason there is none (exactly one is null), and the repeated names met. */
  public record Parsed(@Nullable Node root, @Nullable Failure failure, List<Duplicate> duplicates) {
    public Parsed {
      if ((root == null) == (failure == null)) {
        throw new IllegalArgumentException("a parse gives either a root value or a failure");
      }
      duplicates = List.copyOf(duplicates);
    }
  }

  /** A parser for the given limits. */
  public static Parser parser(ReadLimits limits) {
    return new Parser(limits);
  }

  /**
   * Reads documents into trees within {@link ReadLimits}: standard JSON only (no comments, NaN, single quotes,
   * unquoted names, leading zeros or trailing commas), the same settings as the plan JSON reader. Immutable and
   * thread-safe.
   */
  public static final class Parser {
    private final ReadLimits limits;
    private final JsonFactory factory;

    private Parser(ReadLimits limits) {
      this.limits = limits;
      this.factory = PlanJson.jsonFactory(limits);
    }

    /**
     * Reads one document from {@code in} (which stays open). Never throws on bad input: the result holds the root
     * value or the failure, and the repeated member names met.
     */
    public Parsed parse(InputStream in) {
      List<Duplicate> duplicates = new ArrayList<>();
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
        if (p.nextToken() == null) {
          return failed(new Failure(Rule.JSON_SYNTAX, "the document is empty", 1, 1), duplicates);
        }
        Node root = new Reading(p, limits, duplicates).value("");
        if (p.nextToken() != null) {
          // Jackson reports a stray character itself when asked for the next token; a token here is a second value.
          TokenStreamLocation at = p.currentTokenLocation();
          return failed(new Failure(Rule.JSON_SYNTAX, "there is more content after the end of the document",
              at.getLineNr(), at.getColumnNr()), duplicates);
        }
        return new Parsed(root, null, duplicates);
      } catch (TooLarge e) {
        return failed(new Failure(Rule.JSON_LIMIT, e.what, e.line, e.column), duplicates);
      } catch (JacksonException e) {
        Rule rule = e instanceof StreamConstraintsException ? Rule.JSON_LIMIT
            : e instanceof JacksonIOException ? Rule.UNREADABLE : Rule.JSON_SYNTAX;
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return failed(new Failure(rule, firstLine(e.getOriginalMessage()), line, column), duplicates);
      }
    }

    private static Parsed failed(Failure failure, List<Duplicate> duplicates) {
      return new Parsed(null, failure, duplicates);
    }
  }

  /**
   * Thrown inside the parser when the document holds more objects, arrays or members than the limits allow, or a
   * number that cannot be kept exactly.
   */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String what;
    final int line;
    final int column;

    TooLarge(String what, int line, int column) {
      super(null, null, false, false);
      this.what = what;
      this.line = line;
      this.column = column;
    }
  }

  /** The state of one parse: the parser, the objects, arrays and members counted so far, the repeated names. */
  private static final class Reading {
    private final JsonParser p;
    private final ReadLimits limits;
    private final List<Duplicate> duplicates;
    private int containers;
    private int members;

    Reading(JsonParser p, ReadLimits limits, List<Duplicate> duplicates) {
      this.p = p;
      this.limits = limits;
      this.duplicates = duplicates;
    }

    /** The value at the current token, with {@code pointer} its JSON Pointer. */
    Node value(String pointer) {
      TokenStreamLocation at = p.currentTokenLocation();
      int line = Math.max(at.getLineNr(), 0);
      int column = Math.max(at.getColumnNr(), 0);
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT -> {
          count(line, column);
          Map<String, Node> members = new LinkedHashMap<>();
          for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
            String name = p.currentName();
            TokenStreamLocation nameAt = p.currentTokenLocation();
            if (members.size() >= limits.maxMembersPerObject()) {
              throw new TooLarge("more than " + limits.maxMembersPerObject() + " members in one object "
                  + "(ReadLimits.maxMembersPerObject), at " + (pointer.isEmpty() ? "/" : pointer),
                  Math.max(nameAt.getLineNr(), 0), Math.max(nameAt.getColumnNr(), 0));
            }
            countMember(pointer, nameAt);
            p.nextToken();
            String memberPointer = JsonPointer.append(pointer, name);
            Node v = value(memberPointer);
            if (members.containsKey(name)) {
              duplicates.add(new Duplicate(memberPointer, name, Math.max(nameAt.getLineNr(), 0),
                  Math.max(nameAt.getColumnNr(), 0)));
            } else {
              members.put(name, v);
            }
          }
          return new Obj(members, line, column);
        }
        case START_ARRAY -> {
          count(line, column);
          List<Node> items = new ArrayList<>();
          int i = 0;
          for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
            countMember(pointer, p.currentTokenLocation());
            items.add(value(JsonPointer.append(pointer, i++)));
          }
          return new Arr(items, line, column);
        }
        case VALUE_STRING -> {
          return new Str(p.getString(), line, column);
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          return number(t == JsonToken.VALUE_NUMBER_INT, line, column);
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
        default -> throw new IllegalStateException("unexpected token " + t + " at line " + line);
      }
    }

    private void count(int line, int column) {
      if (++containers > limits.maxObjects()) {
        throw new TooLarge("more than " + limits.maxObjects() + " objects and arrays in one document "
            + "(ReadLimits.maxObjects)", line, column);
      }
    }

    /** One more member or array element; past {@link ReadLimits#maxMembers()} the reading ends. */
    private void countMember(String pointer, TokenStreamLocation at) {
      if (++members > limits.maxMembers()) {
        throw new TooLarge("more than " + limits.maxMembers() + " members and array elements in one document "
            + "(ReadLimits.maxMembers), at " + (pointer.isEmpty() ? "/" : pointer),
            Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
      }
    }

    private static TooLarge badNumber(int line, int column) {
      return new TooLarge("a number that cannot be kept exactly (its exponent is beyond +/-" + MAX_SCALE + ")",
          line, column);
    }

    /** The number exactly; one with an exponent or integer digits beyond {@link #MAX_SCALE} ends the reading. */
    private Num number(boolean integral, int line, int column) {
      BigDecimal v;
      try {
        v = integral ? new BigDecimal(p.getBigIntegerValue()) : p.getDecimalValue();
      } catch (NumberFormatException | ArithmeticException e) {
        throw badNumber(line, column);
      }
      if (!integral && (Math.abs((long) v.scale()) > MAX_SCALE || (long) v.precision() - v.scale() > MAX_SCALE)) {
        throw badNumber(line, column);
      }
      return new Num(v, integral, line, column);
    }
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  // ---- writing ----

  /**
   * The value as compact JSON text (no spaces; numbers as plain decimals, integers without a fraction), as the plan
   * JSON reader keeps extension values.
   */
  public static String compact(Node node) {
    return generate(g -> write(g, node));
  }

  /** The value as an extension value: {@link #compact(Node)}. */
  public static RawJson raw(Node node) {
    return RawJson.of(compact(node));
  }

  /** The compact JSON text that {@code body} writes, with the same settings as {@link #compact(Node)}. */
  public static String generate(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = WRITER.createGenerator(ObjectWriteContext.empty(), out)) {
      body.accept(g);
    }
    return out.toString();
  }

  /** Writes the value with {@code g}. */
  public static void write(JsonGenerator g, Node node) {
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
      BigDecimal v = n.value();
      if (v.scale() <= 0) {
        g.writeNumber(v.toBigInteger());
      } else {
        g.writeNumber(v);
      }
    } else if (node instanceof Bool b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }
}
