package org.responseplan.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.responseplan.indicators.PlanChange;
import org.responseplan.indicators.PlanDiff;
import org.responseplan.indicators.Rounding;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanWriter;
import org.responseplan.model.RawJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * A {@link PlanDiff} as JSON, what {@code responseplan diff --format json} prints:
 *
 * <pre>{@code
 * {"identical": false, "changes": [{"kind": "changed", "what": "Objective 2 \"...\" requirements",
 *   "oldPath": "/objectives/1/requirements", "newPath": "/objectives/1/requirements",
 *   "old": {"amount": 128450000, "currency": "USD"}, "new": {"amount": 140000000, "currency": "USD"},
 *   "unit": "USD", "change": 11550000, "changePct": 8.99}]}
 * }</pre>
 *
 * <p>{@code old} and {@code new} are written exactly as the plan JSON format writes the value at that pointer (a
 * money object, a code, a whole objective, a number, a string, a list); {@code oldPath}, {@code old} are {@code null}
 * for an added value, {@code newPath}, {@code new} for a removed one. {@code change} (new minus old, in {@code unit})
 * and {@code changePct} (the relative change in percent, two decimals, half up) are numbers for a changed figure and
 * {@code null} otherwise, or when they are undefined (an old figure of zero, amounts in different currencies).
 */
public final class PlanDiffJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();
  private static final PlanWriter WRITER = PlanJson.writer();

  private PlanDiffJson() {}

  /**
   * The differences as one JSON object on one line, without a line break.
   *
   * @param diff the differences
   * @return the JSON text
   */
  public static String toJson(PlanDiff diff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(diff, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the differences as one JSON object (no line break) to {@code out}, which stays open.
   *
   * @param diff the differences
   * @param out where the UTF-8 JSON goes
   * @throws tools.jackson.core.JacksonException when writing to {@code out} fails
   */
  public static void write(PlanDiff diff, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeBooleanProperty("identical", diff.isIdentical());
      g.writeName("changes");
      g.writeStartArray();
      for (PlanChange c : diff.changes()) {
        g.writeStartObject();
        g.writeStringProperty("kind", c.kind().jsonName());
        g.writeStringProperty("what", c.what());
        g.writeStringProperty("oldPath", c.oldPath().orElse(null));
        g.writeStringProperty("newPath", c.newPath().orElse(null));
        g.writeName("old");
        value(g, c.oldValue());
        g.writeName("new");
        value(g, c.newValue());
        g.writeStringProperty("unit", c.unit().isEmpty() ? null : c.unit());
        number(g, "change", c.change());
        number(g, "changePct", c.changePercent(Rounding.FTS));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void number(JsonGenerator g, String name, Optional<BigDecimal> v) {
    g.writeName(name);
    if (v.isPresent()) {
      g.writeNumber(v.get().toPlainString());
    } else {
      g.writeNull();
    }
  }

  private static void value(JsonGenerator g, Optional<Object> v) {
    if (v.isEmpty()) {
      g.writeNull();
    } else {
      value(g, v.get());
    }
  }

  /** A value as the plan format holds it. */
  static void value(JsonGenerator g, Object v) {
    if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d.toPlainString());
    } else if (v instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (v instanceof RawJson j) {
      g.writeRawValue(j.json());
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object e : list) {
        value(g, e);
      }
      g.writeEndArray();
    } else {
      WRITER.writeValue(g, v); // a model value: Money, Code, Objective, ... (fails on any other type)
    }
  }
}
