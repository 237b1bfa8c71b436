package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;

/**
 * {@link ReadLimits#maxObjects()} in the plan reader: the objects and arrays it keeps count, a document with exactly
 * the limit is read, one more ends the reading with a {@code json-limit} finding. Extension values (kept as text)
 * and values dropped with a finding do not count. The importers' JSON tree counts the same way
 * ({@code JsonTreeLimitsTest} in plan-import).
 */
class ReadLimitsObjectsTest {
  /** Objects: the plan, two objectives; arrays: objectives, appealingOrganisations. Five in all. */
  private static final String FIVE = """
      {"id": "p", "name": "x", "appealingOrganisations": ["A", "B"],
       "objectives": [{"id": "o1", "title": "t"}, {"id": "o2", "title": "t"}]}
      """;

  private static PlanReadResult read(String json, int maxObjects) {
    return PlanJson.reader().withLimits(ReadLimits.DEFAULT.withMaxObjects(maxObjects)).read(json);
  }

  @Test
  void aPlanWithExactlyTheLimitIsRead() {
    PlanReadResult r = read(FIVE, 5);
    assertEquals(List.of(), r.findings());
    assertEquals(2, r.plan().orElseThrow().getObjectives().size());
  }

  @Test
  void oneObjectOrArrayMoreIsAJsonLimitFinding() {
    PlanReadResult r = read(FIVE, 4);
    assertFalse(r.plan().isPresent());
    Finding last = r.findings().get(r.findings().size() - 1);
    assertEquals(Rule.JSON_LIMIT, last.rule());
    assertTrue(last.message().contains("more than 4 objects and arrays in one document (ReadLimits.maxObjects), at "
        + "/objectives/1"), last.message());
    assertEquals(2, last.line());
  }

  @Test
  void arraysCountAsMuchAsObjects() {
    // Without the array of appealing organisations the same plan holds four and is read with the limit of four.
    String four = FIVE.replace("\"appealingOrganisations\": [\"A\", \"B\"],", "");
    assertEquals(List.of(), read(four, 4).findings());
    assertTrue(read(four, 3).findings().stream().anyMatch(f -> f.rule() == Rule.JSON_LIMIT));
  }

  @Test
  void extensionValuesAndDroppedValuesDoNotCount() {
    String extended = FIVE.replace("\"name\": \"x\",",
        "\"name\": \"x\", \"x-ext\": {\"a\": [1, {\"b\": []}]}, \"period\": [{}, {}],");
    PlanReadResult r = read(extended, 5);
    // The period of the wrong type is a finding and is skipped; the extension is kept as text.
    assertTrue(r.findings().stream().noneMatch(f -> f.rule() == Rule.JSON_LIMIT), r.findings().toString());
    assertTrue(r.findings().stream().anyMatch(f -> f.rule() == Rule.WRONG_TYPE), r.findings().toString());
  }

  @Test
  void theLimitIsAtLeastOne() {
    assertThrows(IllegalArgumentException.class, () -> ReadLimits.DEFAULT.withMaxObjects(0));
    assertEquals(1, ReadLimits.DEFAULT.withMaxObjects(1).maxObjects());
  }
}
