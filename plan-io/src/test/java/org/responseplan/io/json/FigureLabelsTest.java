package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/** People figures given as text ({@code "labels"}): read, written in the canonical place, checked by the schema. */
class FigureLabelsTest {
  /** A plan in the canonical form whose objective o1 states "At risk communities" where its targeted figure would be. */
  static byte[] labelledPlan() {
    try (InputStream in = FigureLabelsTest.class.getResourceAsStream("/labelled-plan.json")) {
      if (in == null) {
        throw new IllegalStateException("labelled-plan.json is missing from the test resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Plan read(byte[] json) {
    PlanReadResult r = PlanJson.reader().read(json);
    assertEquals(List.of(), r.findings());
    return r.plan().orElseThrow();
  }

  @Test
  void aLabelIsReadAsTextAndItsFigureIsNotReported() {
    PeopleFigures o1 = read(labelledPlan()).getObjectives().get(0).getPeople().orElseThrow();
    assertEquals(Map.of(PeopleMetric.TARGETED, "At risk communities"), o1.getLabels());
    assertEquals(OptionalLong.empty(), o1.getTargeted(), "never 0");
    assertEquals(OptionalLong.of(4000), o1.getReached());
  }

  @Test
  void readingWritingAndReadingAgainGivesTheSamePlanAndTheSameBytes() {
    byte[] original = labelledPlan();
    Plan plan = read(original);
    byte[] written = PlanJson.writer().toBytes(plan);
    assertArrayEquals(original, written, () -> new String(written, StandardCharsets.UTF_8));
    assertEquals(plan, read(written));
  }

  @Test
  void labelsComeAfterTheFiguresAndBeforeTheBreakdownInFigureOrder() {
    PeopleFigures people = PeopleFigures.builder()
        .label(PeopleMetric.REACHED, "to be reported")
        .label(PeopleMetric.IN_NEED, "whole population")
        .targeted(5)
        .addBreakdown(org.responseplan.model.PeopleCell.builder().sex(org.responseplan.model.Sex.MALE).targeted(2)
            .build())
        .build();
    String json = new String(PlanJson.writer().toBytes(people), StandardCharsets.UTF_8);
    assertEquals("""
        {
          "targeted": 5,
          "labels": {
            "inNeed": "whole population",
            "reached": "to be reported"
          },
          "breakdown": [
            {
              "sex": "male",
              "targeted": 2
            }
          ]
        }
        """, json);
  }

  @Test
  void theValidatorNotesEachLabelAsInfoAndThePlanIsValid() {
    PlanReadResult r = PlanJson.reader().read(labelledPlan());
    List<String> notes = r.validate().findings().stream()
        .map(f -> f.severity().jsonName() + " " + f.rule().code() + " " + f.path() + " " + f.value()).toList();
    assertEquals(List.of(
        "info figure-label /objectives/0/people/labels/targeted At risk communities",
        "info figure-label /objectives/1/people/labels/inNeed Migrants in transit and host communities",
        "info figure-label /objectives/1/people/labels/targeted Migrants in transit"), notes);
    assertTrue(r.validate().isValid());
  }

  @Test
  void theSchemaAcceptsALabelledPlan() {
    List<Error> errors = SchemaSupport.errors(labelledPlan());
    assertEquals(List.of(), errors, () -> SchemaSupport.describe(errors));
  }

  @Test
  void anUnknownFigureInLabelsIsAnErrorInLenientReadingToo() {
    String json = "{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": 5,\n"
        + " \"labels\": {\"targeted\": \"At risk communities\", \"Targeted\": \"At risk\"}}}";
    for (PlanReader reader : List.of(PlanJson.reader(), PlanJson.reader().lenient())) {
      PlanReadResult r = reader.read(json);
      assertEquals(1, r.findings().size(), r.findings()::toString);
      Finding f = r.findings().get(0);
      assertEquals(Rule.UNKNOWN_FIELD, f.rule());
      assertEquals(Severity.ERROR, f.severity());
      assertEquals("/people/labels/Targeted", f.path());
      assertEquals("Targeted", f.value());
      assertEquals(2, f.line());
      assertFalse(r.plan().isPresent());
    }
  }

  @Test
  void nullAndEmptyLabelsAreNoLabels() {
    Plan plan = read(("{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": 5, \"labels\": {\"targeted\": null}},"
        + " \"objectives\": [{\"id\": \"o\", \"title\": \"t\", \"people\": {\"labels\": {}}},"
        + " {\"id\": \"o2\", \"title\": \"t\", \"people\": {\"labels\": null}}]}").getBytes(StandardCharsets.UTF_8));
    assertEquals(Map.of(), plan.getPeople().orElseThrow().getLabels());
    assertEquals(Map.of(), plan.getObjectives().get(0).getPeople().orElseThrow().getLabels());
    assertFalse(PlanJson.writer().toJson(plan).contains("labels"), "an empty labels object is not written");
  }

  @Test
  void aLabelBesideItsNumberIsKept() {
    PeopleFigures o2 = read(labelledPlan()).getObjectives().get(1).getPeople().orElseThrow();
    assertEquals(OptionalLong.of(12_000), o2.getTargeted());
    assertEquals("Migrants in transit", PeopleMetric.TARGETED.label(o2).orElseThrow());
  }
}
