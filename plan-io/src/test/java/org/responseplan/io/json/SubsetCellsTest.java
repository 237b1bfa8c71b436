package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Code;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Rule;

/** Breakdown cells of a subset ({@code "subset"}): read, written back, checked by the schema and the reader. */
class SubsetCellsTest {
  private static final String PLAN = """
      {
        "id": "p",
        "name": "Plan",
        "people": {
          "inNeed": 1000,
          "breakdown": [
            {
              "sex": "female",
              "inNeed": 600
            },
            {
              "sex": "male",
              "inNeed": 400
            },
            {
              "subset": {
                "vocabulary": "people-subset",
                "code": "disability"
              },
              "inNeed": 150
            },
            {
              "sex": "female",
              "subset": {
                "vocabulary": "people-subset",
                "code": "disability"
              },
              "inNeed": 90
            }
          ]
        }
      }
      """;

  private static Plan read(String json) {
    PlanReadResult r = PlanJson.reader().read(json);
    assertEquals(List.of(), r.findings());
    return r.plan().orElseThrow();
  }

  @Test
  void aSubsetCellIsReadWithItsCodeAndWrittenBackUnchanged() {
    Plan plan = read(PLAN);
    List<PeopleCell> cells = plan.getPeople().orElseThrow().getBreakdown();
    assertEquals(Optional.of(Code.of("people-subset", "disability")), cells.get(2).getSubset());
    assertEquals("subset", cells.get(2).getDimensions());
    assertEquals("sex+subset", cells.get(3).getDimensions());
    assertFalse(cells.get(0).isSubset());
    assertEquals(OptionalLong.of(90), cells.get(3).getInNeed());
    String written = new String(PlanJson.writer().toBytes(plan), StandardCharsets.UTF_8);
    assertEquals(PLAN, written);
    assertEquals(plan, read(written));
  }

  @Test
  void theValidatorDoesNotAddSubsetCellsToTheOthers() {
    // female 600 + male 400 = 1000 = the total; the 150 people with disabilities are among them, not beside them.
    assertEquals(List.of(), PlanJson.reader().read(PLAN).validate().findings());
  }

  @Test
  void theSchemaAcceptsASubsetCellAndRejectsASubsetThatIsNotACode() {
    List<Error> errors = SchemaSupport.errors(PLAN.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), errors, () -> SchemaSupport.describe(errors));
    byte[] bad = PLAN.replaceFirst("\"subset\": \\{[^}]*}", "\"subset\": \"disability\"")
        .getBytes(StandardCharsets.UTF_8);
    assertFalse(SchemaSupport.errors(bad).isEmpty());
  }

  @Test
  void aSubsetThatIsNotACodeIsAWrongTypeAtItsPointer() {
    PlanReadResult r = PlanJson.reader().read(PLAN.replaceFirst("\"subset\": \\{[^}]*}", "\"subset\": \"disability\""));
    assertTrue(r.findings().stream().anyMatch(f -> f.rule() == Rule.WRONG_TYPE
        && f.path().equals("/people/breakdown/2/subset")), r.findings()::toString);
  }
}
