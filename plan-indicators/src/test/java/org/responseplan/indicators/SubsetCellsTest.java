package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.indicators.Fixtures.HOST;
import static org.responseplan.indicators.Fixtures.REFUGEES;
import static org.responseplan.indicators.PlanRollupSexAgeTest.CO11;
import static org.responseplan.indicators.PlanRollupSexAgeTest.row;
import static org.responseplan.indicators.PlanRollupSexAgeTest.rows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Code;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabularies;

/**
 * Subset cells (people also counted in the other cells, such as people with disabilities) in rollups and shares. The
 * plan: one objective with two sectors at COL/CO11, in need:
 *
 * <pre>
 * EDU  location 100; by group: refugees 60, host 40; by sex: female 50, male 50;
 *      subset disability 30 (female 20 of them); subset pregnant-lactating-women 12 (all refugees)
 * HEA  location 50;  subset disability 10
 * </pre>
 */
class SubsetCellsTest {
  static final Code DISABILITY = Code.of(Vocabularies.PEOPLE_SUBSET, "disability");
  static final Code PLW = Code.of(Vocabularies.PEOPLE_SUBSET, "pregnant-lactating-women");

  private static PeopleCell.Builder at(long inNeed) {
    return PeopleCell.builder().location(CO11).inNeed(inNeed);
  }

  static PeopleFigures edu() {
    return PeopleFigures.builder().inNeed(100).addBreakdown(
        at(100).build(), at(60).populationGroup(REFUGEES).build(), at(40).populationGroup(HOST).build(),
        at(50).sex(Sex.FEMALE).build(), at(50).sex(Sex.MALE).build(),
        at(30).subset(DISABILITY).build(), at(20).subset(DISABILITY).sex(Sex.FEMALE).build(),
        at(12).subset(PLW).populationGroup(REFUGEES).build()).build();
  }

  static Plan plan() {
    Sector edu = Sector.builder().id("s-edu").code(Fixtures.sector("EDU")).people(edu()).build();
    Sector hea = Sector.builder().id("s-hea").code(Fixtures.sector("HEA"))
        .people(PeopleFigures.builder().inNeed(50).addBreakdown(at(50).build(), at(10).subset(DISABILITY).build())
            .build()).build();
    return Plan.builder().id("p").name("Plan")
        .addObjectives(Objective.builder().id("O1").title("Protect people").addSectors(edu, hea).build()).build();
  }

  @Test
  void rowsByAreaSexOrGroupNeverCountASubset() {
    assertEquals(List.of(row("EDU", "CO11", 100L), row("HEA", "CO11", 50L)),
        rows(PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.ADM1)));
    assertEquals(List.of(row("EDU", "female", 50L), row("EDU", "male", 50L), row("HEA", null, 50L)),
        rows(PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.SEX)));
    assertEquals(List.of(row("EDU", "host-community", 40L), row("EDU", "refugees", 60L), row("HEA", null, 50L)),
        rows(PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.POPULATION_GROUP)));
  }

  @Test
  void rowsBySubsetHoldOnlySubsetCellsEachSubsetOnItsOwn() {
    assertEquals(List.of(
        row("EDU", "CO11", "disability", 30L), row("EDU", "CO11", "pregnant-lactating-women", 12L),
        row("HEA", "CO11", "disability", 10L)),
        rows(PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.ADM1, Dimension.SUBSET)));
    // By subset and sex: the subset's cells by sex (the 30 people with disabilities are not spread over sexes).
    assertEquals(List.of(
        row("EDU", null, "pregnant-lactating-women", 12L), row("EDU", "female", "disability", 20L),
        row("HEA", null, "disability", 10L)),
        rows(PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.SEX, Dimension.SUBSET)));
  }

  @Test
  void aSubsetRowHasItsNameFromTheBuiltInVocabulary() {
    IndicatorTable t = PlanRollup.of(plan()).withNames().by(Dimension.SUBSET);
    assertEquals(List.of("subset", "subset_name"), t.dimensions().subList(0, 2));
    assertTrue(t.rows().stream().anyMatch(r -> "disability".equals(r.get(0))
        && "People with disabilities".equals(r.get(1))), t.rows()::toString);
    assertEquals(Dimension.SUBSET, Dimension.fromColumn("subset").orElseThrow());
    assertTrue(Dimension.SUBSET.isCellDimension());
  }

  @Test
  void sharesIgnoreSubsetCells() {
    PeopleFigures people = edu();
    // Female 50 of 50 + 50 and refugees 60 of 100: the 20 women with disabilities and the 12 pregnant or lactating
    // refugee women are not added.
    Calculation women = Calculators.womenAndGirlsShare(people, PeopleMetric.IN_NEED);
    assertEquals(0, new BigDecimal("0.5").compareTo(women.exact().orElseThrow()), women::explain);
    Map<Code, Calculation> groups = Calculators.populationGroupShares(people, PeopleMetric.IN_NEED);
    assertEquals(List.of(REFUGEES, HOST), List.copyOf(groups.keySet()));
    assertEquals(0, new BigDecimal("0.6").compareTo(groups.get(REFUGEES).exact().orElseThrow()));
  }
}
