package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * One document per structural rule of the schema: each breaks that rule alone, fails the schema at the place of the
 * break, and is also rejected by the library, with an error finding of the rule the library checks it by.
 */
class SchemaNegativeCasesTest {

  /** Where the library finds the problem: while reading (no plan) or when validating the plan it read. */
  enum Phase { READ, VALIDATE }

  /**
   * @param name the rule broken
   * @param json the document, otherwise valid
   * @param rule the library's rule
   * @param phase where the library checks it
   * @param findingPath the JSON Pointer of the library's finding
   * @param schemaPath the JSON Pointer of the value the schema rejects (an object for a missing or extra member)
   */
  record Case(String name, String json, Rule rule, Phase phase, String findingPath, String schemaPath) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The start of a valid sector, open for more members. */
  private static final String SECTOR =
      "{\"id\": \"s1\", \"code\": {\"vocabulary\": \"iasc-cluster\", \"code\": \"HEA\"}";

  private static Case read(String name, String json, Rule rule, String findingPath, String schemaPath) {
    return new Case(name, json, rule, Phase.READ, findingPath, schemaPath);
  }

  private static Case validated(String name, String json, Rule rule, String findingPath, String schemaPath) {
    return new Case(name, json, rule, Phase.VALIDATE, findingPath, schemaPath);
  }

  /** A plan with {@code members} after its id and name. */
  private static String plan(String members) {
    return "{\"id\": \"p\", \"name\": \"Plan\", " + members + "}";
  }

  static Stream<Case> cases() {
    return Stream.of(
        read("missing id", "{\"name\": \"Plan\"}", Rule.REQUIRED_FIELD, "/id", ""),
        read("missing name", "{\"id\": \"p\"}", Rule.REQUIRED_FIELD, "/name", ""),
        read("name of the wrong type", "{\"id\": \"p\", \"name\": 42}", Rule.WRONG_TYPE, "/name", "/name"),
        read("negative inNeed", plan("\"people\": {\"inNeed\": -1}"), Rule.NEGATIVE_COUNT,
            "/people/inNeed", "/people/inNeed"),
        read("fractional count", plan("\"people\": {\"inNeed\": 2, \"targeted\": 1.5}"), Rule.WRONG_TYPE,
            "/people/targeted", "/people/targeted"),
        read("count beyond a long", plan("\"people\": {\"inNeed\": 9223372036854775808}"), Rule.INVALID_VALUE,
            "/people/inNeed", "/people/inNeed"),
        read("negative amount", plan("\"requirements\": {\"amount\": -5, \"currency\": \"USD\"}"),
            Rule.NEGATIVE_AMOUNT, "/requirements/amount", "/requirements/amount"),
        read("lower-case currency", plan("\"requirements\": {\"amount\": 5, \"currency\": \"usd\"}"),
            Rule.INVALID_CURRENCY, "/requirements/currency", "/requirements/currency"),
        read("negative original requirements",
            plan("\"originalRequirements\": {\"amount\": -1, \"currency\": \"USD\"}"),
            Rule.NEGATIVE_AMOUNT, "/originalRequirements/amount", "/originalRequirements/amount"),
        validated("two-letter lower-case country", plan("\"operationalPresence\": [{\"country\": \"co\"}]"),
            Rule.INVALID_COUNTRY, "/operationalPresence/0/country", "/operationalPresence/0/country"),
        read("date not in ISO form", plan("\"lastUpdated\": \"13/01/2022\""), Rule.INVALID_VALUE,
            "/lastUpdated", "/lastUpdated"),
        read("malformed age band",
            plan("\"people\": {\"breakdown\": [{\"sex\": \"female\", \"ageBand\": \"0 to 17\"}]}"),
            Rule.INVALID_VALUE, "/people/breakdown/0/ageBand", "/people/breakdown/0/ageBand"),
        read("cell without dimension", plan("\"people\": {\"inNeed\": 5, \"breakdown\": [{\"inNeed\": 3}]}"),
            Rule.CELL_WITHOUT_DIMENSION, "/people/breakdown/0", "/people/breakdown/0"),
        read("cell whose only dimension is null",
            plan("\"people\": {\"inNeed\": 5, \"breakdown\": [{\"sex\": null, \"inNeed\": 3}]}"),
            Rule.CELL_WITHOUT_DIMENSION, "/people/breakdown/0", "/people/breakdown/0"),
        read("unknown member in a plan", plan("\"budget\": 5"), Rule.UNKNOWN_FIELD, "/budget", ""),
        read("unknown member in an objective",
            plan("\"objectives\": [{\"id\": \"o1\", \"title\": \"Save lives\", \"budget\": 5}]"),
            Rule.UNKNOWN_FIELD, "/objectives/0/budget", "/objectives/0"),
        read("unknown member in a sector",
            plan("\"objectives\": [{\"id\": \"o1\", \"title\": \"Save lives\", \"sectors\": [" + SECTOR
                + ", \"budget\": 5}]}]"),
            Rule.UNKNOWN_FIELD, "/objectives/0/sectors/0/budget", "/objectives/0/sectors/0"),
        read("unknown member in money",
            plan("\"requirements\": {\"amount\": 5, \"currency\": \"USD\", \"note\": \"estimate\"}"),
            Rule.UNKNOWN_FIELD, "/requirements/note", "/requirements"),
        read("unknown member in a code",
            plan("\"planType\": {\"vocabulary\": \"plan-type\", \"code\": \"hrp\", \"label\": \"HRP\"}"),
            Rule.UNKNOWN_FIELD, "/planType/label", "/planType"),
        read("unknown member in a period",
            plan("\"period\": {\"start\": \"2022-01-01\", \"end\": \"2022-12-31\", \"days\": 365}"),
            Rule.UNKNOWN_FIELD, "/period/days", "/period"),
        read("unknown modality",
            plan("\"objectives\": [{\"id\": \"o1\", \"title\": \"Save lives\", \"sectors\": [" + SECTOR
                + ", \"activities\": [{\"id\": \"a1\", \"description\": \"Cash\", \"modalities\": [\"cash\"]}]}]}]"),
            Rule.INVALID_VALUE, "/objectives/0/sectors/0/activities/0/modalities/0",
            "/objectives/0/sectors/0/activities/0/modalities/0"),
        read("unknown contribution status",
            plan("\"funding\": {\"contributions\": [{\"donor\": \"ECHO\", \"amount\": {\"amount\": 5, \"currency\":"
                + " \"USD\"}, \"status\": \"received\"}]}"),
            Rule.INVALID_VALUE, "/funding/contributions/0/status", "/funding/contributions/0/status"),
        read("unknown aggregation rule",
            plan("\"indicators\": [{\"id\": \"i1\", \"name\": \"Reached\", \"unit\": \"people\","
                + " \"periodAggregation\": \"median\"}]"),
            Rule.INVALID_VALUE, "/indicators/0/periodAggregation", "/indicators/0/periodAggregation"),
        validated("empty title", plan("\"objectives\": [{\"id\": \"o1\", \"title\": \"\"}]"), Rule.REQUIRED_FIELD,
            "/objectives/0/title", "/objectives/0/title"),
        validated("blank name", "{\"id\": \"p\", \"name\": \" \\t \"}", Rule.REQUIRED_FIELD, "/name", "/name"),
        validated("blank donor",
            plan("\"funding\": {\"contributions\": [{\"donor\": \"\\u3000\", \"amount\": {\"amount\": 5,"
                + " \"currency\": \"USD\"}}]}"),
            Rule.REQUIRED_FIELD, "/funding/contributions/0/donor", "/funding/contributions/0/donor"),
        read("objectives not an array", plan("\"objectives\": {\"id\": \"o1\", \"title\": \"Save lives\"}"),
            Rule.WRONG_TYPE, "/objectives", "/objectives"),
        read("null in a list", plan("\"objectives\": [null]"), Rule.WRONG_TYPE, "/objectives/0", "/objectives/0"),
        read("code without vocabulary", plan("\"planType\": {\"code\": \"hrp\"}"), Rule.REQUIRED_FIELD,
            "/planType/vocabulary", "/planType"),
        read("sector without code",
            plan("\"objectives\": [{\"id\": \"o1\", \"title\": \"Save lives\", \"sectors\": [{\"id\": \"s1\"}]}]"),
            Rule.REQUIRED_FIELD, "/objectives/0/sectors/0/code", "/objectives/0/sectors/0"),
        read("contribution without amount", plan("\"funding\": {\"contributions\": [{\"donor\": \"ECHO\"}]}"),
            Rule.REQUIRED_FIELD, "/funding/contributions/0/amount", "/funding/contributions/0"),
        read("location without country", plan("\"operationalPresence\": [{\"admin1Name\": \"Nariño\"}]"),
            Rule.REQUIRED_FIELD, "/operationalPresence/0/country", "/operationalPresence/0"),
        read("period without end", plan("\"period\": {\"start\": \"2022-01-01\"}"), Rule.REQUIRED_FIELD,
            "/period/end", "/period"),
        read("indicator without unit", plan("\"indicators\": [{\"id\": \"i1\", \"name\": \"Reached\"}]"),
            Rule.REQUIRED_FIELD, "/indicators/0/unit", "/indicators/0"),
        read("measurement without value",
            plan("\"indicators\": [{\"id\": \"i1\", \"name\": \"Reached\", \"unit\": \"people\", \"measurements\":"
                + " [{\"period\": {\"start\": \"2022-01-01\", \"end\": \"2022-01-31\"}}]}]"),
            Rule.REQUIRED_FIELD, "/indicators/0/measurements/0/value", "/indicators/0/measurements/0"),
        read("vocabulary code name not a string",
            plan("\"vocabularies\": [{\"id\": \"v\", \"name\": \"Mine\", \"codes\": {\"a\": 1}}]"),
            Rule.WRONG_TYPE, "/vocabularies/0/codes/a", "/vocabularies/0/codes/a"),
        read("unknown sex", plan("\"people\": {\"breakdown\": [{\"sex\": \"f\", \"ageBand\": \"0-17\"}]}"),
            Rule.INVALID_VALUE, "/people/breakdown/0/sex", "/people/breakdown/0/sex"),
        read("unknown figure in labels",
            plan("\"objectives\": [{\"id\": \"o1\", \"title\": \"Save lives\", \"people\": {\"inNeed\": 5,"
                + " \"labels\": {\"target\": \"At risk communities\"}}}]"),
            Rule.UNKNOWN_FIELD, "/objectives/0/people/labels/target", "/objectives/0/people/labels"),
        read("extension name in labels", plan("\"people\": {\"labels\": {\"x-note\": \"estimate\"}}"),
            Rule.UNKNOWN_FIELD, "/people/labels/x-note", "/people/labels"),
        read("blank label", plan("\"people\": {\"labels\": {\"targeted\": \" \"}}"), Rule.INVALID_VALUE,
            "/people/labels/targeted", "/people/labels/targeted"),
        read("label not text", plan("\"people\": {\"labels\": {\"targeted\": 5000}}"), Rule.WRONG_TYPE,
            "/people/labels/targeted", "/people/labels/targeted"),
        read("labels not an object", plan("\"people\": {\"labels\": \"At risk communities\"}"), Rule.WRONG_TYPE,
            "/people/labels", "/people/labels"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsTheSchemaWhereTheRuleIsBroken(Case c) {
    List<Error> errors = SchemaSupport.errors(c.json());
    assertFalse(errors.isEmpty(), c.name() + ": the schema accepted " + c.json());
    assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().equals(c.schemaPath())),
        c.name() + ": nothing at " + c.schemaPath() + "\n" + SchemaSupport.describe(errors));
    // Nothing else in the document is wrong: every error lies on the path to the break, or inside it.
    for (Error e : errors) {
      String at = e.getInstanceLocation().toString();
      assertTrue(isOnTheWay(at, c.schemaPath()),
          c.name() + ": an error away from " + c.schemaPath() + "\n" + SchemaSupport.describe(errors));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedByTheStrictReaderWithAnErrorOfItsRule(Case c) {
    PlanReadResult read = PlanJson.reader().strict().read(c.json());
    List<Finding> findings = c.phase() == Phase.READ ? read.findings() : read.validate().findings();
    assertTrue(findings.stream().anyMatch(f -> f.rule() == c.rule() && f.severity() == Severity.ERROR
            && f.path().equals(c.findingPath())),
        c.name() + ": expected " + c.rule().code() + " at " + c.findingPath() + " in " + findings);
    Set<Rule> errorRules = findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::rule)
        .collect(Collectors.toSet());
    assertEquals(Set.of(c.rule()), errorRules, c.name() + ": " + findings);
    if (c.phase() == Phase.READ) {
      assertFalse(read.plan().isPresent(), c.name() + ": a document with a read error gives no plan");
    } else {
      assertTrue(read.readingReport().isValid(), c.name() + ": read as it is; the validator rejects it");
    }
  }

  /** True when pointer {@code a} is {@code b}, an ancestor of it, or (below the document) inside it. */
  private static boolean isOnTheWay(String a, String b) {
    if (b.isEmpty()) {
      return a.isEmpty();
    }
    return a.isEmpty() || a.equals(b) || b.startsWith(a + "/") || a.startsWith(b + "/");
  }
}
