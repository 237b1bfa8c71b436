package org.responseplan.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Code;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.TestPlans;
import org.responseplan.model.Vocabularies;

/** Sectors of the plan's own (beside the objectives, as in OCHA plans) are checked like sectors of an objective. */
class PlanLevelSectorsTest {
  private static Sector cluster(String id, String code, long requirements, long targeted) {
    return Sector.builder().id(id).code(Code.of(Vocabularies.IASC_CLUSTER, code))
        .requirements(TestPlans.usd(requirements))
        .people(PeopleFigures.builder().targeted(targeted).build())
        .build();
  }

  private static List<Finding> findings(Plan plan) {
    return PlanValidator.create().validate(plan).findings();
  }

  @Test
  void validPlanLevelSectorsGiveNoFinding() {
    // plan requirements 1000; clusters 400 + 600 = 1000, not more; targeted 100 and 200 <= plan targeted
    Plan plan = TestPlans.planBuilder().objectives(List.of())
        .addSectors(cluster("c-hea", "HEA", 400, 100), cluster("c-wsh", "WSH", 600, 200)).build();
    assertEquals(List.of(), findings(plan));
  }

  @Test
  void theirRequirementsMayNotExceedThePlans() {
    // 400 + 700 = 1,100 > 1,000
    Plan plan = TestPlans.planBuilder().objectives(List.of())
        .addSectors(cluster("c-hea", "HEA", 400, 100), cluster("c-wsh", "WSH", 700, 200)).build();
    List<Finding> f = findings(plan);
    assertEquals(1, f.size(), f.toString());
    assertEquals(Rule.REQUIREMENTS_EXCEED_PARENT, f.get(0).rule());
    assertEquals("/requirements", f.get(0).path());
    assertTrue(f.get(0).message().contains("1100 USD"), f.get(0).message());
  }

  @Test
  void theyAreCheckedAtTheirOwnPointers() {
    Plan plan = TestPlans.planBuilder().objectives(List.of())
        .addSectors(cluster("c-hea", "HEA", 100, 100), cluster("c-hea", "XYZ", 100, 100)).build();
    List<String> found = findings(plan).stream().map(x -> x.rule().code() + " " + x.path()).toList();
    assertEquals(List.of("duplicate-id /sectors/1/id", "unknown-code /sectors/1/code/code"), found);
  }

  @Test
  void theirPeopleAreComparedWithThePlans() {
    // the plan targets 600 (TestPlans.planPeople); a cluster targeting 601 is more than its whole
    Plan plan = TestPlans.planBuilder().objectives(List.of()).addSectors(cluster("c-hea", "HEA", 100, 601)).build();
    Finding f = findings(plan).get(0);
    assertEquals(Rule.PEOPLE_EXCEED_PARENT, f.rule());
    assertEquals("/sectors/0/people/targeted", f.path());
  }
}
