package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.ValidationReport;

/** One run reports the reader's and the validator's findings together, each once, each at its document pointer. */
class OnePassTest {
  private static final String FOUR_ERRORS = """
      {"id": "p", "name": "Plan",
       "operationalPresence": [{"country": "ZZZ"}],
       "requirements": {"amount": -10, "currency": "USD"},
       "people": {"inNeed": -5, "targeted": 3},
       "objectives": [{"id": "o", "title": "a"}, {"id": "o", "title": "b"}]}
      """;

  private static List<String> rulesAndPaths(ValidationReport report) {
    return report.findings().stream().map(f -> f.rule().code() + " " + f.path()).toList();
  }

  @Test
  void aNegativeCountANegativeAmountADuplicateIdAndAnUnknownCountryInOneRun() {
    PlanReadResult r = PlanJson.reader().read(FOUR_ERRORS);
    ValidationReport report = r.validate();
    assertEquals(List.of("negative-amount /requirements/amount", "negative-count /people/inNeed",
        "invalid-country /operationalPresence/0/country", "duplicate-id /objectives/1/id"), rulesAndPaths(report));
    assertEquals(4, report.errorCount());
    Finding count = report.of(Rule.NEGATIVE_COUNT).get(0);
    assertEquals("-5", count.value());
    assertEquals(4, count.line(), "reading findings keep their line");
  }

  @Test
  void aPartialPlanIsNeverThePlan() {
    PlanReadResult r = PlanJson.reader().read(FOUR_ERRORS);
    assertTrue(r.hasErrors());
    assertTrue(r.plan().isEmpty(), "a document with a reading error gives no plan");
    Plan partial = r.partialPlan().orElseThrow();
    assertTrue(partial.getRequirements().isEmpty(), "the money with a negative amount is left out");
    PeopleFigures people = partial.getPeople().orElseThrow();
    assertEquals(OptionalLong.empty(), people.getInNeed(), "the negative count is left out");
    assertEquals(OptionalLong.of(3), people.getTargeted(), "the valid count beside it is kept");
    assertEquals(2, partial.getObjectives().size());
  }

  @Test
  void aValidDocumentGivesTheSamePlanBothWays() {
    PlanReadResult r = PlanJson.reader().read("{\"id\": \"p\", \"name\": \"x\"}");
    assertFalse(r.hasErrors());
    assertEquals(r.plan(), r.partialPlan());
  }

  @Test
  void validatorPointersAreDocumentPointersAfterAnElementWasLeftOut() {
    // objectives/0 has no title and is left out: the model's objectives 0 and 1 are the document's 1 and 2.
    String json = "{\"id\": \"p\", \"name\": \"x\", \"objectives\": [{\"id\": \"a\"},"
        + " {\"id\": \"o\", \"title\": \"b\"}, {\"id\": \"o\", \"title\": \"c\"}]}";
    ValidationReport report = PlanJson.reader().read(json).validate();
    assertEquals(List.of("required-field /objectives/0/title", "duplicate-id /objectives/2/id"),
        rulesAndPaths(report));
    Finding duplicate = report.of(Rule.DUPLICATE_ID).get(0);
    assertTrue(duplicate.message().contains("/objectives/1/id"), duplicate.message());
  }

  @Test
  void cellsAfterALeftOutCellKeepTheirDocumentIndex() {
    // breakdown/0 names no dimension and is left out; breakdown/2 exceeds its total: its figure is left out and the
    // finding names the document's index, not the model's.
    String json = "{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": 10, \"breakdown\": [{\"inNeed\": 1},"
        + " {\"sex\": \"female\", \"inNeed\": 4}, {\"sex\": \"male\", \"inNeed\": 11, \"targeted\": 2}]}}";
    PlanReadResult r = PlanJson.reader().read(json);
    assertEquals(List.of("cell-without-dimension /people/breakdown/0", "cell-exceeds-total /people/breakdown/2/inNeed"),
        rulesAndPaths(r.validate()));
    PeopleFigures people = r.partialPlan().orElseThrow().getPeople().orElseThrow();
    assertEquals(OptionalLong.empty(), people.getBreakdown().get(1).getInNeed());
    assertEquals(OptionalLong.of(2), people.getBreakdown().get(1).getTargeted(), "the rest of the cell is kept");
  }

  @Test
  void badDatesTypesAndEnumerationsLeaveOnlyTheirValueOut() {
    String json = "{\"id\": \"p\", \"name\": \"x\", \"lastUpdated\": \"31/01/2022\", \"vision\": 5,"
        + " \"sectors\": [{\"id\": \"s\", \"code\": {\"vocabulary\": \"v\", \"code\": \"c\"},"
        + " \"activities\": [{\"id\": \"a\", \"description\": \"d\", \"modalities\": [\"teleport\", \"service\"]}]}],"
        + " \"vocabularies\": [{\"id\": \"v\", \"name\": \"V\", \"codes\": {\"c\": \"C\"}}]}";
    PlanReadResult r = PlanJson.reader().read(json);
    assertEquals(List.of("invalid-value /lastUpdated", "wrong-type /vision",
        "invalid-value /sectors/0/activities/0/modalities/0"), rulesAndPaths(r.validate()));
    Plan partial = r.partialPlan().orElseThrow();
    assertEquals("s", partial.getSectors().get(0).getId());
    assertEquals(1, partial.getSectors().get(0).getActivities().get(0).getModalities().size());
  }

  @Test
  void eachFindingIsReportedOnce() {
    ValidationReport report = PlanJson.reader().read(FOUR_ERRORS).validate();
    Set<String> seen = new HashSet<>();
    for (String f : rulesAndPaths(report)) {
      assertTrue(seen.add(f), "reported twice: " + f);
    }
  }

  @Test
  void aDocumentThatCannotBeParsedGivesNoPlanOfEitherKind() {
    PlanReadResult r = PlanJson.reader().read("{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": -5,,}");
    assertTrue(r.hasErrors());
    assertTrue(r.partialPlan().isEmpty());
    assertEquals(List.of("negative-count /people/inNeed", "json-syntax "), rulesAndPaths(r.validate()));
  }
}
