package org.responseplan.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.ArrayList;
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

/** People figures given as text ({@code "labels"}) through a Jackson 2 mapper with the module. */
class FigureLabelsJackson2Test {
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
  void aLabelledPlanRoundTripsThroughTheMapper() throws IOException {
    Plan plan = labelled();
    String json = ResponsePlanJackson2ModuleTest.MAPPER.writeValueAsString(plan);
    assertTrue(json.contains("\"reached\":4000,\"labels\":{\"targeted\":\"At risk communities\"}"), json);
    assertEquals(plan, ResponsePlanJackson2ModuleTest.MAPPER.readValue(json, Plan.class));
    assertEquals(plan, PlanJson.reader().read(json).plan().orElseThrow());
  }

  @Test
  void theMapperWritesTheLabelsWhereTheCanonicalFormHasThem() throws IOException {
    Plan plan = labelled();
    ObjectMapper mapper = ResponsePlanJackson2ModuleTest.MAPPER;
    JsonNode canonical = mapper.readTree(PlanJson.writer().toBytes(plan));
    JsonNode written = mapper.readTree(mapper.writeValueAsBytes(plan));
    assertEquals(canonical, written);
    List<String> names = new ArrayList<>();
    written.get("objectives").get(0).get("people").fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("reached", "labels"), names);
  }

  @Test
  void anUnknownFigureInLabelsFailsWithTheRuleAndThePointerInBothModes() {
    String json = "{\"id\":\"p\",\"name\":\"P\",\"people\":{\"labels\":{\"target\":\"At risk communities\"}}}";
    for (ObjectMapper mapper : List.of(ResponsePlanJackson2ModuleTest.MAPPER, ResponsePlanJackson2ModuleTest.LENIENT)) {
      MismatchedInputException e = assertThrows(MismatchedInputException.class,
          () -> mapper.readValue(json, Plan.class));
      assertTrue(e.getMessage().contains("unknown-field at /people/labels/target"), e.getMessage());
    }
  }
}
