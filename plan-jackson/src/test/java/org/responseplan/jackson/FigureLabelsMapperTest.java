package org.responseplan.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Activity;
import org.responseplan.model.Code;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabularies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;

/** People figures given as text ({@code "labels"}) through a Jackson 3 mapper with {@link ResponsePlanModule}. */
class FigureLabelsMapperTest {
  /** Labels at every level that has people: the plan, an objective, a sector and an activity. */
  static Plan labelled() {
    Activity activity = Activity.builder().id("a1").description("Risk awareness sessions")
        .people(PeopleFigures.builder().label(PeopleMetric.REACHED, "to be reported").build()).build();
    Sector sector = Sector.builder().id("s1").code(Code.of(Vocabularies.IASC_CLUSTER, "PRO"))
        .people(PeopleFigures.builder().targeted(3000).label(PeopleMetric.TARGETED, "families at risk").build())
        .addActivities(activity).build();
    Objective objective = Objective.builder().id("o1").title("Reduce risks")
        .people(PeopleFigures.builder().reached(4000).label(PeopleMetric.TARGETED, "At risk communities").build())
        .addSectors(sector).build();
    return Plan.builder().id("labels-2021").name("Labels 2021")
        .people(PeopleFigures.builder().inNeed(50_000).label(PeopleMetric.AFFECTED, "the whole region").build())
        .addObjectives(objective).build();
  }

  @Test
  void aLabelledPlanRoundTripsThroughTheMapper() {
    Plan plan = labelled();
    String json = ResponsePlanModuleTest.MAPPER.writeValueAsString(plan);
    assertTrue(json.contains("\"reached\":4000,\"labels\":{\"targeted\":\"At risk communities\"}"), json);
    assertEquals(plan, ResponsePlanModuleTest.MAPPER.readValue(json, Plan.class));
    assertEquals(plan, PlanJson.reader().read(json).plan().orElseThrow());
  }

  @Test
  void theMapperWritesTheLabelsWhereTheCanonicalFormHasThem() {
    Plan plan = labelled();
    JsonNode canonical = ResponsePlanModuleTest.MAPPER.readTree(PlanJson.writer().toBytes(plan));
    JsonNode written = ResponsePlanModuleTest.MAPPER.readTree(ResponsePlanModuleTest.MAPPER.writeValueAsBytes(plan));
    assertEquals(canonical, written);
    JsonNode people = written.get("objectives").get(0).get("people");
    assertEquals(List.of("reached", "labels"), List.copyOf(people.propertyNames()));
  }

  @Test
  void anUnknownFigureInLabelsFailsWithTheRuleAndThePointerInBothModes() {
    String json = "{\"id\":\"p\",\"name\":\"P\",\"people\":{\"labels\":{\"target\":\"At risk communities\"}}}";
    for (var mapper : List.of(ResponsePlanModuleTest.MAPPER, ResponsePlanModuleTest.LENIENT)) {
      MismatchedInputException e = assertThrows(MismatchedInputException.class,
          () -> mapper.readValue(json, Plan.class));
      assertTrue(e.getMessage().contains("unknown-field at /people/labels/target"), e.getMessage());
    }
  }
}
