package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.responseplan.model.Money;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON Schema: well-formed, in step with the examples, the writer and the reader. */
class SchemaTest {
  private static final JsonNode SCHEMA_NODE = JsonMapper.builder().build().readTree(SchemaSupport.TEXT);

  // ---- the schema itself ----

  @Test
  void theSchemaIsValidAgainstThe2020_12MetaSchema() {
    Schema meta = SchemaSupport.registry(false).getSchema(SchemaLocation.of(SchemaSupport.META_SCHEMA));
    List<Error> errors = meta.validate(SchemaSupport.TEXT, InputFormat.JSON);
    assertEquals(List.of(), errors, SchemaSupport.describe(errors));
    // and the meta-schema does check: a schema with a broken keyword fails it
    String broken = SchemaSupport.TEXT.replaceFirst("\"minLength\": 1", "\"minLength\": \"one\"");
    assertNotEquals(SchemaSupport.TEXT, broken);
    assertFalse(meta.validate(broken, InputFormat.JSON).isEmpty(), "a minLength that is not a number");
  }

  @Test
  void theSchemaNamesItsDialectAndIdentifier() {
    assertEquals(SchemaSupport.META_SCHEMA, SCHEMA_NODE.get("$schema").asString());
    assertEquals(SchemaSupport.ID, SCHEMA_NODE.get("$id").asString());
    assertFalse(SCHEMA_NODE.get("title").asString().isBlank());
    assertFalse(SCHEMA_NODE.get("description").asString().isBlank());
    assertEquals("#/$defs/plan", SCHEMA_NODE.get("$ref").asString());
  }

  @Test
  void everyObjectTypeHasADefinitionThatIsClosedAndTakesExtensionsWhereTheFormatAllows() {
    JsonNode defs = SCHEMA_NODE.get("$defs");
    for (String type : SchemaSupport.TYPES.keySet()) {
      JsonNode def = defs.get(type);
      assertTrue(def != null && def.isObject(), "$defs/" + type);
      assertEquals("object", def.get("type").asString(), type);
      assertTrue(def.get("additionalProperties").isBoolean() && !def.get("additionalProperties").asBoolean(),
          type + " is closed (strict mode)");
      boolean extensions = def.has("patternProperties") && def.get("patternProperties").has("^x-");
      assertEquals(!SchemaSupport.CLOSED_TYPES.contains(type), extensions, type + " takes x- members");
    }
  }

  /**
   * Every member the schema names is one the strict reader knows: given {@code true} (no member of the format is a
   * boolean) it is a wrong type, never an unknown field; and the schema rejects it too.
   */
  @Test
  void everyMemberTheSchemaNamesIsKnownToTheReader() {
    JsonNode defs = SCHEMA_NODE.get("$defs");
    for (var type : SchemaSupport.TYPES.entrySet()) {
      Schema def = SchemaSupport.definition(type.getKey());
      Set<String> members = new TreeSet<>(defs.get(type.getKey()).get("properties").propertyNames());
      assertFalse(members.isEmpty(), type.getKey());
      for (String member : members) {
        String json = "{\"" + member + "\": true}";
        List<Finding> findings = PlanJson.reader().readValue(json, type.getValue()).findings();
        assertTrue(findings.stream().anyMatch(f -> f.rule() == Rule.WRONG_TYPE && f.path().equals("/" + member)),
            type.getKey() + "." + member + ": " + findings);
        assertFalse(findings.stream().anyMatch(f -> f.rule() == Rule.UNKNOWN_FIELD),
            type.getKey() + "." + member + ": " + findings);
        assertTrue(def.validate(json, InputFormat.JSON).stream()
            .anyMatch(e -> e.getInstanceLocation().toString().equals("/" + member)), type.getKey() + "." + member);
      }
    }
  }

  // ---- documents that follow the format ----

  static Stream<Path> examples() throws IOException {
    return GoldenFilesTest.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExamplePlanValidates(Path file) throws IOException {
    List<Error> errors = SchemaSupport.errors(Files.readAllBytes(file));
    assertEquals(List.of(), errors, file + ":\n" + SchemaSupport.describe(errors));
  }

  /**
   * The schema is in step with the model and the writer: every plan the generators build, once written, validates.
   * The one exception is text the validator also rejects: the generators may give an identifier or name that is blank
   * (such as {@code " "}), which builds but breaks {@code required-field}. The schema must then fail at exactly those
   * places (or on the way to them), and nowhere else.
   */
  @Test
  void everyWrittenPlanValidates() {
    qt().withExamples(200).forAll(PlanGenerators.plans()).checkAssert(plan -> {
      byte[] json = PlanJson.writer().toBytes(plan);
      List<Error> errors = SchemaSupport.errors(json);
      Set<String> blank = blankTexts(plan);
      Set<String> rejected = errors.stream().map(e -> e.getInstanceLocation().toString())
          .collect(Collectors.toCollection(TreeSet::new));
      Supplier<String> why = () -> "blank text at " + blank + "; schema errors:\n" + SchemaSupport.describe(errors)
          + "\n" + new String(json, StandardCharsets.UTF_8);
      assertTrue(rejected.containsAll(blank), why);
      for (String at : rejected) {
        assertTrue(blank.stream().anyMatch(b -> b.equals(at) || b.startsWith(at + "/") || at.isEmpty()), why);
      }
    });
  }

  /** Where the validator finds required text blank (the only rule the schema and the generators may disagree on). */
  private static Set<String> blankTexts(Plan plan) {
    return PlanValidator.create().validate(plan).of(Rule.REQUIRED_FIELD).stream().map(Finding::path)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyWrittenValueValidatesAgainstItsDefinition() {
    qt().withExamples(50).forAll(PlanGenerators.plans()).checkAssert(plan -> {
      if (!blankTexts(plan).isEmpty()) {
        return; // see everyWrittenPlanValidates
      }
      for (var type : SchemaSupport.TYPES.entrySet()) {
        for (Object value : valuesOf(plan, type.getValue())) {
          String json = new String(PlanJson.writer().toBytes(value), StandardCharsets.UTF_8);
          List<Error> errors = SchemaSupport.definition(type.getKey()).validate(json, InputFormat.JSON);
          assertEquals(List.of(), errors, () -> type.getKey() + ":\n" + SchemaSupport.describe(errors) + "\n" + json);
        }
      }
    });
  }

  /** A few values of one type found in a plan (enough to put every definition to work on its own). */
  private static List<?> valuesOf(Plan plan, Class<?> type) {
    Stream<?> values = Stream.concat(Stream.of(plan), plan.getObjectives().stream());
    values = Stream.concat(values, plan.getObjectives().stream().flatMap(o -> o.getSectors().stream()));
    values = Stream.concat(values, plan.getObjectives().stream().flatMap(o -> o.getSectors().stream())
        .flatMap(s -> s.getActivities().stream()));
    values = Stream.concat(values, plan.getPeople().stream());
    values = Stream.concat(values, plan.getPeople().stream().flatMap(p -> p.getBreakdown().stream()));
    values = Stream.concat(values, plan.getFunding().stream());
    values = Stream.concat(values, plan.getFunding().stream().flatMap(f -> f.getContributions().stream()));
    values = Stream.concat(values, plan.getIndicators().stream());
    values = Stream.concat(values, plan.getIndicators().stream().flatMap(i -> i.getMeasurements().stream()));
    values = Stream.concat(values, plan.getVocabularies().stream());
    values = Stream.concat(values, plan.getOperationalPresence().stream());
    values = Stream.concat(values, plan.getPlanType().stream());
    values = Stream.concat(values, plan.getRequirements().stream());
    values = Stream.concat(values, plan.getPeriod().stream());
    return values.filter(type::isInstance).limit(3).toList();
  }

  @Test
  void nullIsAllowedWhereverAMemberIsOptional() {
    String json = """
        {
          "id": "p", "name": "Plan", "code": null, "planType": null, "appealingOrganisations": null,
          "period": null, "lastUpdated": null, "figuresAsOf": null, "vision": null, "operationalPresence": null,
          "requirements": null, "funding": {"total": null, "contributions": [
            {"donor": "ECHO", "amount": {"amount": 5, "currency": "USD"}, "date": null, "status": null}]},
          "people": {"totalPopulation": null, "affected": null, "inNeed": 10, "targeted": null,
            "expectedReach": null, "reached": null,
            "breakdown": [{"sex": "female", "ageBand": null, "populationGroup": null, "location": null,
              "inNeed": null}]},
          "objectives": [{"id": "o1", "title": "Save lives", "description": null, "targetGroups": null,
            "requirements": null, "funding": null, "people": null, "indicators": null,
            "sectors": [{"id": "s1", "code": {"vocabulary": "iasc-cluster", "code": "HEA", "name": null},
              "description": null, "requirements": null, "funding": null, "people": null, "planTypes": null,
              "indicators": null,
              "activities": [{"id": "a1", "description": "Clinics", "modalities": null, "requirements": null,
                "people": null}]}]}],
          "indicators": [{"id": "i1", "code": null, "name": "People reached", "unit": "people",
            "periodAggregation": null, "locationAggregation": null, "baseline": null, "target": null,
            "measurements": [{"period": {"start": "2022-01-01", "end": "2022-01-31"}, "value": 3,
              "location": null}]}],
          "donors": null,
          "vocabularies": [{"id": "v", "name": "Mine", "codes": null}],
          "x-note": null
        }
        """;
    assertEquals(List.of(), SchemaSupport.errors(json), () -> SchemaSupport.describe(SchemaSupport.errors(json)));
    PlanReadResult read = PlanJson.reader().read(json);
    assertEquals(List.of(), read.findings());
  }

  // ---- extension members ----

  @Test
  void extensionMembersAreValidOnPlansObjectivesAndSectors() {
    String json = """
        {
          "id": "p",
          "name": "Plan",
          "objectives": [
            {
              "id": "o1",
              "title": "Save lives",
              "sectors": [
                {"id": "s1", "code": {"vocabulary": "iasc-cluster", "code": "HEA"}, "x-anything": {"a": [1, null]}}
              ],
              "x-anything": 42
            }
          ],
          "x-anything": "text"
        }
        """;
    assertEquals(List.of(), SchemaSupport.errors(json), () -> SchemaSupport.describe(SchemaSupport.errors(json)));
    assertEquals(List.of(), PlanJson.reader().read(json).findings());
  }

  @Test
  void extensionMembersAreNotValidInsideMoney() {
    String json = """
        {"id": "p", "name": "Plan", "requirements": {"amount": 5, "currency": "USD", "x-anything": 1}}
        """;
    List<Error> errors = SchemaSupport.errors(json);
    assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().equals("/requirements")
        && e.getKeyword().equals("additionalProperties")), SchemaSupport.describe(errors));
    assertFalse(SchemaSupport.definition("money")
        .validate("{\"amount\": 5, \"currency\": \"USD\", \"x-anything\": 1}", InputFormat.JSON).isEmpty());
    // The reader is more forgiving here: it drops the member with a warning and reads the plan.
    PlanReadResult read = PlanJson.reader().read(json);
    assertEquals(List.of(Rule.FIELD_DROPPED), read.findings().stream().map(Finding::rule).toList());
    assertEquals(Severity.WARNING, read.findings().get(0).severity());
    assertEquals(Money.of(5, "USD"), read.plan().orElseThrow().getRequirements().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"code", "period"})
  void extensionMembersAreNotValidInCodesOrPeriods(String type) {
    String value = type.equals("code")
        ? "{\"vocabulary\": \"plan-type\", \"code\": \"hrp\", \"x-anything\": 1}"
        : "{\"start\": \"2022-01-01\", \"end\": \"2022-12-31\", \"x-anything\": 1}";
    assertFalse(SchemaSupport.definition(type).validate(value, InputFormat.JSON).isEmpty());
  }

  // ---- scalars ----

  /**
   * Required text is "not blank" as the validator means it ({@link String#isBlank()}): the pattern's character class
   * lists exactly the characters {@link Character#isWhitespace(char)} accepts.
   */
  @Test
  void theTextPatternAgreesWithIsBlankOnEveryCharacter() {
    JsonNode text = SCHEMA_NODE.get("$defs").get("text");
    Pattern pattern = Pattern.compile(text.get("pattern").asString());
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      String s = String.valueOf(c);
      assertEquals(!s.isBlank(), pattern.matcher(s).find(), () -> String.format("U+%04X", (int) s.charAt(0)));
    }
    Schema def = SchemaSupport.definition("text");
    for (String blank : List.of("", " ", " \t\n", "\u2003", "\u3000", "\u001C")) {
      assertFalse(def.validate(jsonString(blank), InputFormat.JSON).isEmpty(), "blank " + blank.codePoints().boxed()
          .toList());
    }
    for (String nonBlank : List.of("a", " a ", "\u00A0", "\u2007", "\uD83D\uDE00")) {
      assertEquals(List.of(), def.validate(jsonString(nonBlank), InputFormat.JSON), "not blank " + nonBlank);
    }
  }

  private static String jsonString(String s) {
    return JsonMapper.builder().build().writeValueAsString(s);
  }

  @Test
  void anImpossibleDateNeedsFormatAssertionsToBeCaught() {
    String json = "{\"id\": \"p\", \"name\": \"Plan\", \"lastUpdated\": \"2022-02-30\"}";
    assertFalse(PlanJson.reader().read(json).readingReport().isValid());
    // The pattern alone cannot see that February has no 30th; format "date" can, where it is asserted.
    assertEquals(List.of(), SchemaSupport.errors(json));
    Schema asserting = SchemaSupport.registry(true).getSchema(SchemaLocation.of(SchemaSupport.ID));
    List<Error> errors = asserting.validate(json, InputFormat.JSON);
    assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals("format")), SchemaSupport.describe(errors));
    // and a well-formed date passes both ways
    String good = json.replace("2022-02-30", "2022-02-28");
    assertEquals(List.of(), asserting.validate(good, InputFormat.JSON));
  }
}
