package org.responseplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.PlanSummary;
import org.responseplan.indicators.Rounding;
import org.responseplan.indicators.Undefined;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Plan;

/** The seed plan's summary, checked against figures computed by hand from the example file. */
class SeedSummaryTest {
  private static final Path SEED = Path.of("..", "examples", "plans", "iom-venezuela-rmrp-2022.json");
  private static final Plan PLAN = PlanJson.reader().read(SEED).plan().orElseThrow();
  private static final PlanSummary SUMMARY = PlanSummary.of(PLAN);

  private static BigDecimal pct(PlanSummary.Level level, String indicator) {
    return level.indicator(indicator).percent(Rounding.FTS).orElseThrow();
  }

  @Test
  void theSummaryHasThePlanFourObjectivesAndSixteenActivityAreas() {
    List<String> kinds = SUMMARY.levels().stream().map(PlanSummary.Level::kind).toList();
    assertEquals(1, kinds.stream().filter("plan"::equals).count());
    assertEquals(4, kinds.stream().filter("objective"::equals).count());
    assertEquals(16, kinds.stream().filter("sector"::equals).count());
  }

  @Test
  void planLevelFiguresMatchTheHandComputation() {
    PlanSummary.Level plan = SUMMARY.levels().get(0);
    // 152,138,637 / 371,069,846 = 0.41000000...; x 100 = 41.00 %
    assertEquals(new BigDecimal("41.00"), pct(plan, "funding coverage"));
    // 371,069,846 - 152,138,637 = 218,931,209
    assertEquals(0, new BigDecimal("218931209").compareTo(plan.indicator("funding gap").exact().orElseThrow()));
    // 1,391,766 / 7,200,000 = 0.1933008...; 19.33 %
    assertEquals(new BigDecimal("19.33"), pct(plan, "need coverage"));
    // 371,069,846 / 1,391,766 = 266.6178...; 266.62 USD per person
    assertEquals(new BigDecimal("266.62"),
        Rounding.FTS.apply(plan.indicator("cost per person targeted").exact().orElseThrow()));
    // reached is not reported: reach coverage is undefined, never 0
    assertEquals(Optional.of(Undefined.NUMERATOR_NOT_REPORTED), plan.indicator("reach coverage").reasonCode());
  }

  @Test
  void theFirstObjectivesFiguresMatchTheHandComputation() {
    PlanSummary.Level o1 = SUMMARY.levels().get(1);
    assertEquals("so1", o1.id());
    // 98,710,530 / 191,672,875 = 0.51499478...; 51.50 % (half up at the second decimal)
    assertEquals(new BigDecimal("51.50"), pct(o1, "funding coverage"));
    // 191,672,875 - 98,710,530 = 92,962,345
    assertEquals(0, new BigDecimal("92962345").compareTo(o1.indicator("funding gap").exact().orElseThrow()));
    // 191,672,875 / 1,250,000 = 153.3383; 153.34
    assertEquals(new BigDecimal("153.34"),
        Rounding.FTS.apply(o1.indicator("cost per person targeted").exact().orElseThrow()));
    // in need is not stated for objectives: need coverage is undefined
    assertFalse(o1.indicator("need coverage").isDefined());
  }

  @Test
  void activityAreasWithoutFundingHaveUndefinedCoverageNotZero() {
    PlanSummary.Level basicNeeds = SUMMARY.levels().get(2);
    assertEquals("basic-needs", basicNeeds.id());
    assertFalse(basicNeeds.indicator("funding coverage").isDefined());
    assertEquals("funding not reported", basicNeeds.indicator("funding coverage").reason());
  }

  @Test
  void theSeedCoverageExampleGivesTheSameFigures() {
    BigDecimal[] pct = SeedCoverage.coverage(SEED);
    assertEquals(new BigDecimal("41.00"), pct[0]);
    assertEquals(new BigDecimal("19.33"), pct[1]);
  }
}
