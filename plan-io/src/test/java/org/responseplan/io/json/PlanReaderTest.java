package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;
import org.responseplan.model.validation.ValidationReport;

class PlanReaderTest {
  private static final String MINIMAL = "{\"id\": \"p\", \"name\": \"Plan\"}";

  private static PlanReadResult read(String json) {
    return PlanJson.reader().read(json);
  }

  private static Finding only(PlanReadResult result, Rule rule) {
    List<Finding> matching = result.findings().stream().filter(f -> f.rule() == rule).toList();
    assertEquals(1, matching.size(), () -> "expected one " + rule.code() + " in " + result.findings());
    return matching.get(0);
  }

  @Test
  void aMinimalPlanReadsWithoutFindings() {
    PlanReadResult r = read(MINIMAL);
    assertEquals(List.of(), r.findings());
    assertEquals("Plan", r.plan().orElseThrow().getName());
  }

  @Test
  void malformedJsonIsASyntaxFindingWithLineAndColumn() {
    PlanReadResult r = read("{\n  \"id\": \"p\",\n  \"name\": \"x\" \"oops\"\n}");
    Finding f = only(r, Rule.JSON_SYNTAX);
    assertEquals(3, f.line());
    assertTrue(f.column() > 1);
    assertEquals(Severity.ERROR, f.severity());
    assertFalse(r.plan().isPresent());
  }

  @Test
  void emptyDocumentRootArrayAndTrailingContentAreFindings() {
    assertEquals(Rule.JSON_SYNTAX, only(read(""), Rule.JSON_SYNTAX).rule());
    Finding root = only(read("[1, 2]"), Rule.WRONG_TYPE);
    assertEquals("", root.path());
    assertTrue(root.message().contains("an object"), root.message());
    Finding trailing = only(read(MINIMAL + " {}"), Rule.JSON_SYNTAX);
    assertTrue(trailing.message().contains("after the end"), trailing.message());
  }

  @Test
  void aWrongTypeIsReportedAtItsPointerAndReadingGoesOn() {
    PlanReadResult r = read("{\"id\": 5, \"name\": \"x\", \"requirements\": {\"amount\": \"ten\", \"currency\": \"USD\"}}");
    List<String> paths = r.findings().stream().map(Finding::path).toList();
    assertEquals(List.of("/id", "/requirements/amount"), paths);
    assertEquals("the number 5", r.findings().get(0).value());
    assertTrue(r.findings().stream().allMatch(f -> f.rule() == Rule.WRONG_TYPE));
    assertEquals(1, r.findings().get(0).line());
    assertEquals(8, r.findings().get(0).column());
  }

  @Test
  void negativeCountNamesRulePointerAndValue() {
    PlanReadResult r = read("{\"id\": \"p\", \"name\": \"x\", \"objectives\": [{\"id\": \"o\", \"title\": \"t\","
        + " \"people\": {\"inNeed\": 10, \"targeted\": -3}}]}");
    Finding f = only(r, Rule.NEGATIVE_COUNT);
    assertEquals("/objectives/0/people/targeted", f.path());
    assertEquals("-3", f.value());
    assertTrue(f.message().contains("-3"), f.message());
    assertFalse(r.plan().isPresent());
  }

  @Test
  void cellAboveItsTotalIsReportedAtTheCell() {
    PlanReadResult r = read("{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": 10, \"breakdown\": ["
        + "{\"sex\": \"female\", \"inNeed\": 4}, {\"sex\": \"male\", \"inNeed\": 11}]}}");
    Finding f = only(r, Rule.CELL_EXCEEDS_TOTAL);
    assertEquals("/people/breakdown/1/inNeed", f.path());
    assertEquals("11", f.value());
    assertTrue(f.message().contains("10"), f.message());
  }

  @Test
  void unknownCurrencyAndNegativeAmountAreFindings() {
    Finding currency = only(read("{\"id\": \"p\", \"name\": \"x\", \"requirements\": {\"amount\": 1,"
        + " \"currency\": \"DOLLARS\"}}"), Rule.INVALID_CURRENCY);
    assertEquals("/requirements/currency", currency.path());
    assertEquals("DOLLARS", currency.value());
    Finding negative = only(read("{\"id\": \"p\", \"name\": \"x\", \"requirements\": {\"amount\": -1.5,"
        + " \"currency\": \"USD\"}}"), Rule.NEGATIVE_AMOUNT);
    assertEquals("/requirements/amount", negative.path());
    assertEquals("-1.5", negative.value());
  }

  @Test
  void periodEndingBeforeItStartsIsAFinding() {
    Finding f = only(read("{\"id\": \"p\", \"name\": \"x\", \"period\": {\"start\": \"2022-12-31\","
        + " \"end\": \"2022-01-01\"}}"), Rule.PERIOD_ORDER);
    assertEquals("/period/end", f.path());
    assertTrue(f.message().contains("2022-12-31"), f.message());
  }

  @Test
  void missingRequiredMembersAreAllReported() {
    PlanReadResult r = read("{\"objectives\": [{\"id\": \"o\"}]}");
    List<String> paths = r.findings().stream().filter(f -> f.rule() == Rule.REQUIRED_FIELD)
        .map(Finding::path).sorted().toList();
    assertEquals(List.of("/id", "/name", "/objectives/0/title"), paths);
  }

  @Test
  void invalidEnumerationsDatesAndAgeBandsAreInvalidValues() {
    PlanReadResult r = read("{\"id\": \"p\", \"name\": \"x\", \"lastUpdated\": \"13/01/2022\","
        + " \"people\": {\"inNeed\": 5, \"breakdown\": [{\"sex\": \"f\", \"ageBand\": \"young\"}]}}");
    List<String> paths = r.findings().stream().filter(f -> f.rule() == Rule.INVALID_VALUE)
        .map(Finding::path).toList();
    assertEquals(List.of("/lastUpdated", "/people/breakdown/0/sex", "/people/breakdown/0/ageBand"), paths);
  }

  @Test
  void countsTooLargeForALongAreInvalidValues() {
    Finding f = only(read("{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": 99999999999999999999}}"),
        Rule.INVALID_VALUE);
    assertEquals("/people/inNeed", f.path());
  }

  @Test
  void duplicateKeysAreErrorsAndTheFirstValueIsKept() {
    PlanReadResult r = read("{\"id\": \"p\", \"name\": \"x\", \"name\": \"y\"}");
    Finding f = only(r, Rule.DUPLICATE_KEY);
    assertEquals("/name", f.path());
    assertFalse(r.plan().isPresent());
  }

  @Test
  void strictReaderRejectsUnknownMembersButAcceptsExtensions() {
    PlanReadResult r = PlanJson.reader().strict().read("{\"id\": \"p\", \"name\": \"x\", \"colour\": \"blue\", \"x-source\": {\"a\": [1]}}");
    Finding f = only(r, Rule.UNKNOWN_FIELD);
    assertEquals("/colour", f.path());
    assertEquals("colour", f.value());
    assertFalse(r.plan().isPresent());
  }

  @Test
  void theDefaultReaderKeepsAnUnknownMemberReportsItAndWritesItBack() {
    String json = "{\"id\": \"p\", \"name\": \"x\", \"colour\": \"blue\"}";
    for (PlanReader reader : List.of(PlanJson.reader(), PlanReader.create())) {
      assertFalse(reader.isStrict());
      PlanReadResult r = reader.read(json);
      Finding f = only(r, Rule.EXTENSION_KEPT);
      assertEquals(Severity.INFO, f.severity());
      assertEquals("/colour", f.path());
      assertEquals("colour", f.value());
      assertEquals(1, r.findings().size(), r.findings().toString());
      Plan plan = r.plan().orElseThrow();
      String written = PlanJson.writer().toJson(plan);
      assertTrue(written.contains("\"colour\": \"blue\""), written);
    }
    PlanReadResult strict = PlanJson.reader().strict().read(json);
    assertEquals(Severity.ERROR, only(strict, Rule.UNKNOWN_FIELD).severity());
    assertFalse(strict.plan().isPresent());
    assertTrue(PlanJson.reader().strict().lenient().read(json).plan().isPresent());
  }

  @Test
  void lenientReaderKeepsUnknownMembersAndWritesThemBack() {
    String json = "{\"id\": \"p\", \"name\": \"x\", \"colour\": \"blue\", \"objectives\": [{\"id\": \"o\","
        + " \"title\": \"t\", \"legacyCode\": [1, 2.50, null, {\"k\": true}]}]}";
    PlanReadResult r = PlanJson.reader().lenient().read(json);
    assertEquals(List.of("/colour", "/objectives/0/legacyCode"),
        r.findings().stream().map(Finding::path).toList());
    assertTrue(r.findings().stream().allMatch(f -> f.rule() == Rule.EXTENSION_KEPT
        && f.severity() == Severity.INFO));
    Plan plan = r.plan().orElseThrow();
    assertEquals("\"blue\"", plan.getExtensions().get("colour").json());
    String written = PlanJson.writer().toJson(plan);
    assertTrue(written.contains("\"colour\": \"blue\""), written);
    assertTrue(written.contains("2.50"), "numbers in extensions keep their text: " + written);
    Plan again = PlanJson.reader().lenient().read(written).plan().orElseThrow();
    assertEquals(plan, again);
  }

  @Test
  void unknownMembersOfMoneyAreDroppedWithAWarningWhenLenient() {
    PlanReadResult r = PlanJson.reader().lenient().read("{\"id\": \"p\", \"name\": \"x\", \"requirements\":"
        + " {\"amount\": 1, \"currency\": \"USD\", \"rate\": 4}}");
    Finding f = only(r, Rule.FIELD_DROPPED);
    assertEquals("/requirements/rate", f.path());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(r.plan().isPresent());
  }

  @Test
  void nullMembersAreAbsentNotZero() {
    Plan plan = read("{\"id\": \"p\", \"name\": \"x\", \"vision\": null, \"people\": {\"inNeed\": null,"
        + " \"targeted\": 0}}").plan().orElseThrow();
    assertTrue(plan.getVision().isEmpty());
    assertTrue(plan.getPeople().orElseThrow().getInNeed().isEmpty());
    assertEquals(0L, plan.getPeople().orElseThrow().getTargeted().getAsLong());
  }

  @Test
  void manyProblemsAreReportedTogether() {
    PlanReadResult r = PlanJson.reader().strict().read("{\"id\": \"p\", \"objectives\": [{\"id\": 1, \"title\": \"a\"},"
        + " {\"id\": \"b\", \"title\": \"b\", \"requirements\": {\"amount\": 5, \"currency\": \"XYZ\"}},"
        + " {\"id\": \"c\", \"title\": \"c\", \"people\": {\"reached\": -1}}], \"unknown\": 1}");
    List<Rule> rules = r.findings().stream().map(Finding::rule).toList();
    assertEquals(List.of(Rule.WRONG_TYPE, Rule.INVALID_CURRENCY, Rule.NEGATIVE_COUNT, Rule.UNKNOWN_FIELD,
        Rule.REQUIRED_FIELD), rules);
  }

  @Test
  void validateAddsTheValidatorsFindingsInTheReadersLanguage() {
    String json = "{\"id\": \"p\", \"name\": \"x\", \"operationalPresence\": [{\"country\": \"ZZZ\"}]}";
    ValidationReport en = PlanJson.reader().read(json).validate();
    Finding f = en.of(Rule.INVALID_COUNTRY).get(0);
    assertEquals("/operationalPresence/0/country", f.path());
    assertEquals("ZZZ", f.value());
    ValidationReport es = PlanJson.reader().withLocale(Locale.forLanguageTag("es")).read(json).validate();
    assertTrue(es.of(Rule.INVALID_COUNTRY).get(0).message().contains("no es un código de país"),
        es.toText());
  }

  @Test
  void duplicateIdentifiersAreFoundByValidation() {
    String json = "{\"id\": \"p\", \"name\": \"x\", \"objectives\": [{\"id\": \"o\", \"title\": \"a\"},"
        + " {\"id\": \"o\", \"title\": \"b\"}]}";
    Finding f = PlanJson.reader().read(json).validate().of(Rule.DUPLICATE_ID).get(0);
    assertEquals("/objectives/1/id", f.path());
    assertTrue(f.message().contains("/objectives/0/id"), f.message());
  }

  @Test
  void aMissingFileIsUnreadableNotAnException() {
    PlanReadResult r = PlanJson.reader().read(Path.of("no-such-file.json"));
    assertEquals(Rule.UNREADABLE, only(r, Rule.UNREADABLE).rule());
    assertNull(r.plan().orElse(null));
  }

  @Test
  void invalidUtf8IsASyntaxFinding() {
    byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    PlanReadResult r = PlanJson.reader().read(bytes);
    assertTrue(r.findings().stream().anyMatch(f -> f.rule() == Rule.JSON_SYNTAX), r.findings().toString());
  }
}
