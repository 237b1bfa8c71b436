package org.responseplan.io.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.responseplan.model.Activity;
import org.responseplan.model.Code;
import org.responseplan.model.Contribution;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleCounts;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabulary;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a plan as JSON in the documented format: members in a fixed order, two-space indentation, {@code "name":
 * value}, absent values and empty lists left out, amounts as plain decimals, a final newline. The same plan always
 * gives the same bytes. Instances are immutable and thread-safe.
 */
public final class PlanWriter {
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private final JsonFactory factory;

  PlanWriter(JsonFactory factory) {
    this.factory = factory;
  }

  /**
   * The writer of the canonical form.
   *
   * @return the writer (immutable and thread-safe)
   */
  public static PlanWriter create() {
    return new PlanWriter(PlanJson.writeFactory());
  }

  /**
   * The plan in the canonical form, as text.
   *
   * @param plan the plan
   * @return the document, pretty-printed, ending in a line break
   */
  public String toJson(Plan plan) {
    return new String(toBytes(plan), StandardCharsets.UTF_8);
  }

  /**
   * Writes the plan in the canonical form to a file, replacing it.
   *
   * @param plan the plan
   * @param file the file, created or truncated
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public void write(Plan plan, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the plan to {@code out}, which stays open.
   *
   * @param plan the plan
   * @param out where the UTF-8 document goes
   * @throws tools.jackson.core.JacksonException when writing to {@code out} fails (Jackson 3 wraps the I/O error)
   * @throws IllegalArgumentException when an extension is not one well-formed JSON value
   */
  public void write(Plan plan, OutputStream out) {
    writeDocument(plan, out);
  }

  /**
   * A plan, or a value of any other of {@link PlanJson#VALUE_TYPES} on its own (in the same form as inside a plan
   * document), as UTF-8 JSON bytes.
   *
   * @param value a plan or another of {@link PlanJson#VALUE_TYPES}
   * @return the document, pretty-printed, ending in a line break
   * @throws IllegalArgumentException when the value is of no such type, or an extension is not one well-formed JSON
   *     value
   */
  public byte[] toBytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    writeDocument(value, out);
    return out.toByteArray();
  }

  private void writeDocument(Object value, OutputStream out) {
    try (JsonGenerator g = factory.createGenerator(PRETTY, new NonClosingStream(out))) {
      writeValue(g, value);
      g.writeRaw('\n');
    }
  }

  /**
   * Writes a value of any of {@link PlanJson#VALUE_TYPES} to a generator the caller owns (for use inside a Jackson 3
   * serializer); the caller's generator keeps its own pretty printer and settings.
   *
   * @param g the caller's generator, where a value may begin
   * @param value a plan or another of {@link PlanJson#VALUE_TYPES}
   * @throws IllegalArgumentException when the value is of no such type, or an extension is not one well-formed JSON
   *     value
   */
  public void writeValue(JsonGenerator g, Object value) {
    if (value instanceof Plan v) {
      plan(g, v);
    } else if (value instanceof Objective v) {
      objective(g, v);
    } else if (value instanceof Sector v) {
      sector(g, v);
    } else if (value instanceof Activity v) {
      activity(g, v);
    } else if (value instanceof PeopleFigures v) {
      peopleObject(g, v);
    } else if (value instanceof PeopleCell v) {
      cell(g, v);
    } else if (value instanceof Funding v) {
      fundingObject(g, v);
    } else if (value instanceof Contribution v) {
      contribution(g, v);
    } else if (value instanceof Indicator v) {
      indicator(g, v);
    } else if (value instanceof Measurement v) {
      measurement(g, v);
    } else if (value instanceof Vocabulary v) {
      vocabulary(g, v);
    } else if (value instanceof Location v) {
      location(g, v);
    } else if (value instanceof Code v) {
      code(g, v);
    } else if (value instanceof Money v) {
      moneyObject(g, v);
    } else if (value instanceof Period v) {
      periodObject(g, v);
    } else {
      throw new IllegalArgumentException("the plan format has no value of type " + value.getClass().getName()
          + "; the types are " + PlanJson.VALUE_TYPES);
    }
  }

  private void plan(JsonGenerator g, Plan p) {
    g.writeStartObject();
    g.writeStringProperty("id", p.getId());
    string(g, "code", p.getCode());
    g.writeStringProperty("name", p.getName());
    if (p.getPlanType().isPresent()) {
      g.writeName("planType");
      code(g, p.getPlanType().get());
    }
    strings(g, "appealingOrganisations", p.getAppealingOrganisations());
    period(g, "period", p.getPeriod());
    date(g, "lastUpdated", p.getLastUpdated());
    date(g, "figuresAsOf", p.getFiguresAsOf());
    string(g, "vision", p.getVision());
    list(g, "operationalPresence", p.getOperationalPresence(), this::location);
    money(g, "requirements", p.getRequirements());
    money(g, "originalRequirements", p.getOriginalRequirements());
    people(g, p.getPeople());
    funding(g, p.getFunding());
    list(g, "objectives", p.getObjectives(), this::objective);
    list(g, "sectors", p.getSectors(), this::sector);
    list(g, "indicators", p.getIndicators(), this::indicator);
    strings(g, "donors", p.getDonors());
    list(g, "vocabularies", p.getVocabularies(), this::vocabulary);
    extensions(g, p.getExtensions());
    g.writeEndObject();
  }

  private void objective(JsonGenerator g, Objective o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.getId());
    g.writeStringProperty("title", o.getTitle());
    string(g, "description", o.getDescription());
    list(g, "targetGroups", o.getTargetGroups(), this::code);
    money(g, "requirements", o.getRequirements());
    funding(g, o.getFunding());
    people(g, o.getPeople());
    list(g, "sectors", o.getSectors(), this::sector);
    list(g, "indicators", o.getIndicators(), this::indicator);
    extensions(g, o.getExtensions());
    g.writeEndObject();
  }

  private void sector(JsonGenerator g, Sector s) {
    g.writeStartObject();
    g.writeStringProperty("id", s.getId());
    g.writeName("code");
    code(g, s.getCode());
    string(g, "description", s.getDescription());
    list(g, "activities", s.getActivities(), this::activity);
    money(g, "requirements", s.getRequirements());
    money(g, "originalRequirements", s.getOriginalRequirements());
    funding(g, s.getFunding());
    people(g, s.getPeople());
    list(g, "planTypes", s.getPlanTypes(), this::code);
    list(g, "indicators", s.getIndicators(), this::indicator);
    extensions(g, s.getExtensions());
    g.writeEndObject();
  }

  private void activity(JsonGenerator g, Activity a) {
    g.writeStartObject();
    g.writeStringProperty("id", a.getId());
    g.writeStringProperty("description", a.getDescription());
    list(g, "modalities", a.getModalities(), (gen, m) -> gen.writeString(m.jsonName()));
    money(g, "requirements", a.getRequirements());
    people(g, a.getPeople());
    extensions(g, a.getExtensions());
    g.writeEndObject();
  }

  private void people(JsonGenerator g, Optional<PeopleFigures> people) {
    if (people.isEmpty()) {
      return;
    }
    g.writeName("people");
    peopleObject(g, people.get());
  }

  private void peopleObject(JsonGenerator g, PeopleFigures p) {
    g.writeStartObject();
    counts(g, p);
    if (!p.getLabels().isEmpty()) {
      g.writeName("labels");
      g.writeStartObject();
      for (Map.Entry<PeopleMetric, String> e : p.getLabels().entrySet()) { // in figure order
        g.writeStringProperty(e.getKey().jsonName(), e.getValue());
      }
      g.writeEndObject();
    }
    list(g, "breakdown", p.getBreakdown(), this::cell);
    extensions(g, p.getExtensions());
    g.writeEndObject();
  }

  private void cell(JsonGenerator g, PeopleCell c) {
    g.writeStartObject();
    if (c.getSex().isPresent()) {
      g.writeStringProperty("sex", c.getSex().get().jsonName());
    }
    if (c.getAgeBand().isPresent()) {
      g.writeStringProperty("ageBand", c.getAgeBand().get().toString());
    }
    if (c.getPopulationGroup().isPresent()) {
      g.writeName("populationGroup");
      code(g, c.getPopulationGroup().get());
    }
    if (c.getLocation().isPresent()) {
      g.writeName("location");
      location(g, c.getLocation().get());
    }
    if (c.getSubset().isPresent()) {
      g.writeName("subset");
      code(g, c.getSubset().get());
    }
    counts(g, c);
    extensions(g, c.getExtensions());
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, PeopleCounts counts) {
    for (PeopleMetric m : PeopleMetric.values()) {
      OptionalLong v = m.of(counts);
      if (v.isPresent()) {
        g.writeNumberProperty(m.jsonName(), v.getAsLong());
      }
    }
  }

  private void funding(JsonGenerator g, Optional<Funding> funding) {
    if (funding.isEmpty()) {
      return;
    }
    g.writeName("funding");
    fundingObject(g, funding.get());
  }

  private void fundingObject(JsonGenerator g, Funding f) {
    g.writeStartObject();
    money(g, "total", f.getTotal());
    list(g, "contributions", f.getContributions(), this::contribution);
    extensions(g, f.getExtensions());
    g.writeEndObject();
  }

  private void contribution(JsonGenerator g, Contribution c) {
    g.writeStartObject();
    g.writeStringProperty("donor", c.getDonor());
    money(g, "amount", Optional.of(c.getAmount()));
    date(g, "date", c.getDate());
    if (c.getStatus().isPresent()) {
      g.writeStringProperty("status", c.getStatus().get().jsonName());
    }
    extensions(g, c.getExtensions());
    g.writeEndObject();
  }

  private void indicator(JsonGenerator g, Indicator i) {
    g.writeStartObject();
    g.writeStringProperty("id", i.getId());
    string(g, "code", i.getCode());
    g.writeStringProperty("name", i.getName());
    g.writeStringProperty("unit", i.getUnit());
    g.writeStringProperty("periodAggregation", i.getPeriodAggregation().jsonName());
    g.writeStringProperty("locationAggregation", i.getLocationAggregation().jsonName());
    decimal(g, "baseline", i.getBaseline());
    decimal(g, "target", i.getTarget());
    list(g, "measurements", i.getMeasurements(), this::measurement);
    extensions(g, i.getExtensions());
    g.writeEndObject();
  }

  private void measurement(JsonGenerator g, Measurement m) {
    g.writeStartObject();
    period(g, "period", Optional.of(m.getPeriod()));
    if (m.getLocation().isPresent()) {
      g.writeName("location");
      location(g, m.getLocation().get());
    }
    decimal(g, "value", Optional.of(m.getValue()));
    extensions(g, m.getExtensions());
    g.writeEndObject();
  }

  private void vocabulary(JsonGenerator g, Vocabulary v) {
    g.writeStartObject();
    g.writeStringProperty("id", v.getId());
    g.writeStringProperty("name", v.getName());
    if (!v.getCodes().isEmpty()) {
      g.writeName("codes");
      g.writeStartObject();
      for (Map.Entry<String, String> e : v.getCodes().entrySet()) {
        g.writeStringProperty(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    extensions(g, v.getExtensions());
    g.writeEndObject();
  }

  private void location(JsonGenerator g, Location l) {
    g.writeStartObject();
    g.writeStringProperty("country", l.getCountry());
    string(g, "admin1Code", l.getAdmin1Code());
    string(g, "admin1Name", l.getAdmin1Name());
    string(g, "admin2Code", l.getAdmin2Code());
    string(g, "admin2Name", l.getAdmin2Name());
    extensions(g, l.getExtensions());
    g.writeEndObject();
  }

  private void code(JsonGenerator g, Code c) {
    g.writeStartObject();
    g.writeStringProperty("vocabulary", c.getVocabulary());
    g.writeStringProperty("code", c.getCode());
    string(g, "name", c.getName());
    g.writeEndObject();
  }

  private static void money(JsonGenerator g, String name, Optional<Money> money) {
    if (money.isPresent()) {
      g.writeName(name);
      moneyObject(g, money.get());
    }
  }

  private static void moneyObject(JsonGenerator g, Money money) {
    g.writeStartObject();
    g.writeName("amount");
    number(g, money.amount());
    g.writeStringProperty("currency", money.currency());
    g.writeEndObject();
  }

  private static void period(JsonGenerator g, String name, Optional<Period> period) {
    if (period.isPresent()) {
      g.writeName(name);
      periodObject(g, period.get());
    }
  }

  private static void periodObject(JsonGenerator g, Period period) {
    g.writeStartObject();
    g.writeStringProperty("start", period.start().toString());
    g.writeStringProperty("end", period.end().toString());
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get().toString());
    }
  }

  private static void decimal(JsonGenerator g, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      g.writeName(name);
      number(g, value.get());
    }
  }

  /**
   * A decimal in plain notation ({@code 0.0000001}, never {@code 1E-7}) where the generator writes text; as a
   * BigDecimal where it cannot take numbers as text (a tree builder, a binary format).
   */
  private static void number(JsonGenerator g, BigDecimal value) {
    if (g.has(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS)) {
      g.writeNumber(value.toPlainString());
    } else {
      g.writeNumber(value);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    list(g, name, values, JsonGenerator::writeString);
  }

  private interface ElementWriter<T> {
    void write(JsonGenerator g, T value);
  }

  private static <T> void list(JsonGenerator g, String name, List<T> values, ElementWriter<T> element) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (T v : values) {
      element.write(g, v);
    }
    g.writeEndArray();
  }

  /** Extension members, each a JSON value that is parsed (so that only well-formed JSON is written) and copied. */
  private void extensions(JsonGenerator g, Map<String, RawJson> extensions) {
    for (Map.Entry<String, RawJson> e : extensions.entrySet()) {
      g.writeName(e.getKey());
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), e.getValue().json())) {
        if (p.nextToken() == null) {
          throw new IllegalArgumentException("Extension \"" + e.getKey() + "\" is empty, not a JSON value");
        }
        g.copyCurrentStructureExact(p);
        if (p.nextToken() != null) {
          throw new IllegalArgumentException("Extension \"" + e.getKey() + "\" holds more than one JSON value");
        }
      } catch (JacksonException ex) {
        throw new IllegalArgumentException("Extension \"" + e.getKey() + "\" is not well-formed JSON: "
            + ex.getOriginalMessage(), ex);
      }
    }
  }

}
