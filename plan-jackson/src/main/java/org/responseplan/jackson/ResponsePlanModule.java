package org.responseplan.jackson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReader;
import org.responseplan.io.json.PlanWriter;
import org.responseplan.io.json.ValueReadResult;
import org.responseplan.model.validation.Finding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module that reads and writes every type of {@link PlanJson#VALUE_TYPES} in the plan JSON format
 * ({@code docs/json-format.md}), through the caller's own {@code JsonMapper}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ResponsePlanModule()).build();
 * Plan plan = mapper.readValue(json, Plan.class);
 * String text = mapper.writeValueAsString(plan);
 * }</pre>
 *
 * <p>Writing goes through {@link PlanWriter#writeValue(JsonGenerator, Object)} on the mapper's generator, so the
 * mapper's own settings (pretty printing or not) apply; members are in the format's order. Generators that cannot
 * write numbers as text ({@code valueToTree}, {@code convertValue}, binary formats) get the canonical form's tokens,
 * decimals as {@code BigDecimal}.
 *
 * <p>Reading goes through {@link PlanReader#readValue(JsonParser, Class)} on the mapper's parser; a value with any
 * error fails with a {@link PlanInputException} that lists every finding. Info and warning findings of a value that
 * was read (such as {@code extension-kept} in lenient mode) are not reported.
 *
 * <p>Jackson keeps one module of a class per mapper (the builder keeps the last one added): register either the
 * strict or the lenient module, not both.
 */
public final class ResponsePlanModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /**
   * A strict module: unknown members (other than {@code x-...} extensions) are errors. Unlike
   * {@code PlanJson.reader()}, which is lenient, a mapper fails on unknown members, as Jackson does by default.
   */
  public ResponsePlanModule() {
    this(PlanJson.reader().strict());
  }

  /**
   * A module that reads with {@code reader}: strict or lenient, and its language for messages. Its read limits other
   * than the extension length do not apply: the mapper's parser keeps its own.
   *
   * @param reader the reader whose leniency and message language the module's deserializers use
   */
  public ResponsePlanModule(PlanReader reader) {
    super(ResponsePlanModule.class.getSimpleName(), Version.unknownVersion());
    List<Class<?>> types = new ArrayList<>(PlanJson.VALUE_TYPES);
    types.sort(Comparator.comparing(Class::getName));
    for (Class<?> type : types) {
      register(type, reader);
    }
  }

  /** {@return a lenient module: unknown members are kept as extensions on the value and written back} */
  public static ResponsePlanModule lenient() {
    return new ResponsePlanModule(PlanJson.reader().lenient());
  }

  private <T> void register(Class<T> type, PlanReader reader) {
    addSerializer(type, new PlanValueSerializer<>(type));
    addDeserializer(type, new PlanValueDeserializer<>(type, reader));
  }

  /** Writes a value with the plan writer on the caller's generator. */
  private static final class PlanValueSerializer<T> extends StdSerializer<T> {
    private static final PlanWriter WRITER = PlanJson.writer();

    PlanValueSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      // The writer writes decimals as plain text where the generator allows it, else as BigDecimal (tree builders,
      // token buffers, binary formats).
      WRITER.writeValue(gen, value);
    }
  }

  /** Reads a value with the plan reader from the caller's parser. */
  private static final class PlanValueDeserializer<T> extends StdDeserializer<T> {
    private final Class<T> type;
    private final PlanReader reader;

    PlanValueDeserializer(Class<T> type, PlanReader reader) {
      super(type);
      this.type = type;
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      TokenStreamLocation start = p.currentTokenLocation();
      String at = pointer(p);
      ValueReadResult<T> result = reader.readValue(p, type);
      Optional<T> value = result.value();
      if (value.isPresent()) {
        return value.get();
      }
      List<Finding> findings = new ArrayList<>(result.findings().size());
      for (Finding f : result.findings()) {
        findings.add(new Finding(f.rule(), f.severity(), at + f.path(), f.value(), f.message(), f.line(),
            f.column()));
      }
      throw new PlanInputException(p, start, type, findings);
    }

    /** The JSON Pointer of the value at the current token within the caller's document. */
    private static String pointer(JsonParser p) {
      TokenStreamContext ctx = p.streamReadContext();
      JsonToken t = p.currentToken();
      if (t != null && t.isStructStart() && ctx.getParent() != null) {
        ctx = ctx.getParent(); // the context of the object or array that the value opens is the value's own
      }
      return ctx.pathAsPointer().toString();
    }
  }
}
