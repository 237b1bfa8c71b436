package org.responseplan.jackson2;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReader;
import org.responseplan.io.json.PlanWriter;
import org.responseplan.io.json.ReadLimits;
import org.responseplan.io.json.ValueReadResult;
import org.responseplan.model.validation.Finding;

/**
 * A Jackson 2 ({@code com.fasterxml.jackson}) module that reads and writes every type of
 * {@link PlanJson#VALUE_TYPES} in the plan JSON format ({@code docs/json-format.md}), through the caller's own
 * {@code ObjectMapper}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ResponsePlanJackson2Module());
 * Plan plan = mapper.readValue(json, Plan.class);
 * String text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(plan);
 * }</pre>
 *
 * <p>The plan format is implemented once, on Jackson 3 streaming ({@code plan-io}); this module bridges by copying
 * tokens. Writing produces the canonical bytes with {@link PlanWriter#toBytes(Object)} and copies their tokens to the
 * mapper's generator (decimals exactly: as the plain text the plan writer wrote, or as {@code BigDecimal} where the
 * generator cannot write numbers as text), so the mapper's own settings (pretty printing or not) apply. Reading copies the value at the mapper's parser to JSON bytes (decimals exactly) and reads them with
 * {@link PlanReader#readValue(byte[], Class)}; a value with any error fails with a {@link PlanInputException} that
 * lists every finding.
 *
 * <p>Jackson keeps one module of a class per mapper (a second registration is ignored): register either the strict
 * or the lenient module, not both.
 */
public final class ResponsePlanJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Parses the canonical bytes and writes the copies; generous enough for anything the plan reader accepts. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(ReadLimits.DEFAULT.maxDocumentBytes())
          .maxNestingDepth(ReadLimits.DEFAULT.maxNestingDepth())
          .maxStringLength(ReadLimits.DEFAULT.maxStringLength())
          .maxNumberLength(ReadLimits.DEFAULT.maxNumberLength())
          .maxNameLength(ReadLimits.DEFAULT.maxNameLength())
          .build())
      .build();

  /**
   * A strict module: unknown members (other than {@code x-...} extensions) are errors. Unlike
   * {@code PlanJson.reader()}, which is lenient, a mapper fails on unknown members, as Jackson does by default.
   */
  public ResponsePlanJackson2Module() {
    this(PlanJson.reader().strict());
  }

  /**
   * A module that reads with {@code reader}: strict or lenient, its language for messages and its read limits.
   *
   * @param reader the reader the module's deserializers use
   */
  public ResponsePlanJackson2Module(PlanReader reader) {
    super(ResponsePlanJackson2Module.class.getSimpleName(), Version.unknownVersion());
    List<Class<?>> types = new ArrayList<>(PlanJson.VALUE_TYPES);
    types.sort(Comparator.comparing(Class::getName));
    for (Class<?> type : types) {
      register(type, reader);
    }
  }

  /** {@return a lenient module: unknown members are kept as extensions on the value and written back} */
  public static ResponsePlanJackson2Module lenient() {
    return new ResponsePlanJackson2Module(PlanJson.reader().lenient());
  }

  private <T> void register(Class<T> type, PlanReader reader) {
    addSerializer(type, new PlanValueSerializer<>(type));
    addDeserializer(type, new PlanValueDeserializer<>(type, reader));
  }

  /** Writes the canonical form's tokens to the caller's generator. */
  private static final class PlanValueSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private static final PlanWriter WRITER = PlanJson.writer();

    PlanValueSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      byte[] json = WRITER.toBytes(value);
      boolean asText = gen.canWriteFormattedNumbers();
      try (JsonParser canonical = FACTORY.createParser(json)) {
        for (JsonToken t = canonical.nextToken(); t != null; t = canonical.nextToken()) {
          if (t == JsonToken.VALUE_NUMBER_FLOAT && asText) {
            gen.writeNumber(canonical.getText()); // as the plan writer wrote it: a plain decimal
          } else {
            gen.copyCurrentEventExact(canonical); // decimals as BigDecimal, never through a double
          }
        }
      }
    }
  }

  /** Copies the value at the caller's parser to JSON bytes and reads them with the plan reader. */
  private static final class PlanValueDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final PlanReader reader;

    PlanValueDeserializer(Class<T> type, PlanReader reader) {
      super(type);
      this.type = type;
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = p.currentTokenLocation();
      String at = pointer(p);
      ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
      try (JsonGenerator copy = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
        copyValue(p, copy);
      }
      ValueReadResult<T> result = reader.readValue(out.toByteArray(), type);
      Optional<T> value = result.value();
      if (value.isPresent()) {
        return value.get();
      }
      // Lines and columns of the findings are those of the copy, not of the caller's document: left out.
      List<Finding> findings = new ArrayList<>(result.findings().size());
      for (Finding f : result.findings()) {
        findings.add(new Finding(f.rule(), f.severity(), at + f.path(), f.value(), f.message(), 0, 0));
      }
      throw new PlanInputException(p, start, type, findings);
    }

    /**
     * Copies the value at the current token, leaving the parser on its last token. Decimals keep their exact value
     * and scale and stay decimals ({@code 1.00} stays {@code 1.00}, {@code 1e0} does not become the integer
     * {@code 1}), whatever the mapper's {@code USE_BIG_DECIMAL_FOR_FLOATS}.
     */
    private static void copyValue(JsonParser p, JsonGenerator g) throws IOException {
      int depth = 0;
      do {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          BigDecimal d = p.getDecimalValue();
          String text = d.toString();
          g.writeNumber(d.scale() == 0 ? text + "E0" : text);
        } else {
          g.copyCurrentEvent(p);
        }
        if (t != null && t.isStructStart()) {
          depth++;
        } else if (t != null && t.isStructEnd()) {
          depth--;
        }
      } while (depth > 0 && p.nextToken() != null);
    }

    /** The JSON Pointer of the value at the current token within the caller's document. */
    private static String pointer(JsonParser p) {
      JsonStreamContext ctx = p.getParsingContext();
      JsonToken t = p.currentToken();
      if (t != null && t.isStructStart() && ctx.getParent() != null) {
        ctx = ctx.getParent(); // the context of the object or array that the value opens is the value's own
      }
      return ctx.pathAsPointer().toString();
    }
  }
}
