package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;

/** The quiet side of the reading rules, and the rules that need unusual documents to fire. */
class ReaderRulesTest {

  @ParameterizedTest
  @EnumSource(Rule.class)
  void noRuleFiresOnTheExamplePlans(Rule rule) {
    for (Path file : List.of(GoldenFilesTest.SEED, GoldenFilesTest.EXAMPLES.resolve("interagency-example-2023.json"))) {
      for (PlanReader reader : List.of(PlanJson.reader(), PlanJson.reader().lenient())) {
        assertFalse(reader.read(file).validate().has(rule), rule.code() + " in " + file);
      }
    }
  }

  @Test
  void extensionMembersAreQuietInBothModes() {
    String json = "{\"id\": \"p\", \"name\": \"x\", \"x-source\": \"FTS\"}";
    assertEquals(List.of(), PlanJson.reader().read(json).findings());
    assertEquals(List.of(), PlanJson.reader().lenient().read(json).findings());
  }

  @Test
  void nestingBeyondTheParsersLimitIsALimitFinding() {
    String deep = "[".repeat(2_000) + "]".repeat(2_000);
    PlanReadResult r = PlanJson.reader().read("{\"id\": \"p\", \"name\": \"x\", \"x-deep\": " + deep + "}");
    Finding f = r.findings().get(r.findings().size() - 1);
    assertEquals(Rule.JSON_LIMIT, f.rule());
    assertTrue(f.message().toLowerCase(java.util.Locale.ROOT).contains("depth"), f.message());
    assertFalse(r.plan().isPresent());
  }

  @Test
  void aBreakdownCellWithoutDimensionIsAFinding() {
    PlanReadResult r = PlanJson.reader().read("{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": 5,"
        + " \"breakdown\": [{\"inNeed\": 3}]}}");
    Finding f = r.findings().get(0);
    assertEquals(Rule.CELL_WITHOUT_DIMENSION, f.rule());
    assertEquals("/people/breakdown/0", f.path());
  }

  @Test
  void unknownMembersOfCodesAreErrorsWhenStrict() {
    PlanReadResult r = PlanJson.reader().strict().read("{\"id\": \"p\", \"name\": \"x\", \"planType\": {\"vocabulary\":"
        + " \"plan-type\", \"code\": \"hrp\", \"label\": \"HRP\"}}");
    assertEquals(Rule.UNKNOWN_FIELD, r.findings().get(0).rule());
    assertEquals("/planType/label", r.findings().get(0).path());
  }

  @Test
  void anExtensionAboveItsLimitIsALimitFindingAndReadingGoesOn() {
    PlanReader reader = PlanJson.reader().lenient().withLimits(ReadLimits.DEFAULT.withMaxExtensionLength(20));
    PlanReadResult r = reader.read("{\"id\": \"p\", \"x-big\": {\"a\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],"
        + " \"b\": {\"c\": \"long text here\"}}, \"x-small\": [1], \"name\": \"x\", \"oops\": 1}");
    List<String> found = r.findings().stream().map(f -> f.rule().code() + " " + f.path()).toList();
    assertEquals(List.of("json-limit /x-big", "extension-kept /oops"), found);
  }
}
