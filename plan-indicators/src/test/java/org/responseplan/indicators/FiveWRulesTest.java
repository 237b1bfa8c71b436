package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.reach.FiveWRules;
import org.responseplan.model.validation.Rule;

/**
 * Each 5W rule of the one definition ({@link FiveWRules}) firing once and staying quiet once, through a report's
 * {@link ActivityReport#problems()}, through the encoded form the streaming reader uses, and through the
 * aggregator's counts and figures.
 */
class FiveWRulesTest {
  private static ActivityReport.Builder sound() {
    return ActivityReport.builder().sector("WSH").location("COL", "CO05", "").populationGroup("refugees")
        .month(YearMonth.of(2024, 3)).newBeneficiaries(10L).totalMonthlyBeneficiaries(40L);
  }

  /** The problems of a report, checked to be the same by the record and by the encoded form of the row. */
  private static Set<FiveWProblem> problems(ActivityReport r) {
    Set<FiveWProblem> byRecord = r.problems();
    long[] split = new long[6];
    boolean any = false;
    for (int i = 0; i < 6; i++) {
      @Nullable Long v = r.split().get(i);
      split[i] = v == null ? FiveWRules.NOT_REPORTED : v;
      any |= v != null;
    }
    int bits = FiveWRules.problems(r.sector().isBlank(), r.country().isBlank(),
        FiveWRules.orNotReported(r.newBeneficiaries()), FiveWRules.orNotReported(r.totalMonthlyBeneficiaries()),
        any ? split : null, r.month().getYear());
    assertEquals(byRecord, FiveWRules.asSet(bits), "record and encoded row agree");
    assertEquals(r.isRejected(), FiveWRules.rejects(bits));
    ReachAggregator a = ReachAggregator.create();
    a.add(r);
    Map<FiveWProblem, Long> expected = new java.util.EnumMap<>(FiveWProblem.class);
    byRecord.forEach(p -> expected.put(p, 1L));
    assertEquals(expected, a.problems(), "the aggregator counts what the record names");
    assertEquals(r.isRejected() ? 0 : 1, a.acceptedRows());
    return byRecord;
  }

  @Test
  void aSoundRowHasNoProblem() {
    assertEquals(Set.of(), problems(sound().build()));
    assertFalse(sound().build().isRejected());
  }

  @Test
  void requiredFieldFiresOnABlankSectorOrCountryOnly() {
    assertEquals(Set.of(FiveWProblem.REQUIRED_FIELD), problems(sound().sector(" ").build()));
    assertEquals(Set.of(FiveWProblem.REQUIRED_FIELD), problems(sound().location("", "CO05", "").build()));
    assertEquals(Set.of(), problems(sound().location("COL", "", "").populationGroup("").build()));
  }

  @Test
  void negativeCountFiresOnAnyNegativeCountAndNotOnZero() {
    assertEquals(Set.of(FiveWProblem.NEGATIVE_COUNT), problems(sound().newBeneficiaries(-1L).build()));
    assertEquals(Set.of(FiveWProblem.NEGATIVE_COUNT), problems(sound().totalMonthlyBeneficiaries(-1L).build()));
    assertEquals(Set.of(FiveWProblem.NEGATIVE_COUNT),
        problems(sound().split(-1L, 11L, null, null, null, null).build()), "a negative split cell, no split warning");
    assertEquals(Set.of(), problems(sound().newBeneficiaries(0L).totalMonthlyBeneficiaries(0L).build()));
  }

  @Test
  void noFiguresFiresWhenNeitherNewNorTotalIsReported() {
    assertEquals(Set.of(FiveWProblem.NO_FIGURES),
        problems(sound().newBeneficiaries(null).totalMonthlyBeneficiaries(null).build()));
    assertEquals(Set.of(), problems(sound().newBeneficiaries(null).build()), "a total alone is a figure");
  }

  @Test
  void invalidMonthFiresOutside1900To5460() {
    assertEquals(Set.of(FiveWProblem.INVALID_MONTH), problems(sound().month(YearMonth.of(1899, 12)).build()));
    assertEquals(Set.of(FiveWProblem.INVALID_MONTH), problems(sound().month(YearMonth.of(5461, 1)).build()));
    assertEquals(Set.of(), problems(sound().month(YearMonth.of(1900, 1)).build()));
    assertEquals(Set.of(), problems(sound().month(YearMonth.of(5460, 12)).build()));
    assertTrue(ActivityReport.isSupportedMonth(YearMonth.of(1900, 1)));
    assertFalse(ActivityReport.isSupportedMonth(YearMonth.of(1899, 12)));
  }

  @Test
  void splitDoesNotSumWarnsAndKeepsTheRow() {
    ActivityReport off = sound().split(3L, 3L, null, 3L, null, null).build();
    assertEquals(Set.of(FiveWProblem.SPLIT_DOES_NOT_SUM), problems(off));
    assertFalse(off.isRejected(), "a warning");
    assertEquals(Set.of(FiveWProblem.SPLIT_DOES_NOT_SUM), problems(sound().split(6L, 6L, null, null, null, null)
        .build()), "a split above the new beneficiaries");
    assertEquals(Set.of(), problems(sound().newBeneficiaries(null).totalMonthlyBeneficiaries(40L)
        .split(3L, 3L, null, null, null, null).build()), "compared with new beneficiaries only, not the total");
    assertEquals(Set.of(), problems(sound().split(3L, 3L, null, 4L, null, 0L).build()));
    assertEquals(Set.of(), problems(sound().newBeneficiaries(null).split(3L, null, null, null, null, null).build()),
        "nothing to compare with");
  }

  @Test
  void everyProblemButTheSplitWarningRejectsAndSharedCodesAreRuleCodes() {
    for (FiveWProblem p : FiveWProblem.values()) {
      assertEquals(p != FiveWProblem.SPLIT_DOES_NOT_SUM, p.rejectsRow(), p.code());
      assertEquals(Optional.of(p), FiveWProblem.fromCode(p.code()));
      p.rule().ifPresent(rule -> assertEquals(rule.code(), p.code()));
    }
    assertEquals(Optional.of(Rule.NEGATIVE_COUNT), FiveWProblem.NEGATIVE_COUNT.rule());
    assertEquals(Optional.of(Rule.REQUIRED_FIELD), FiveWProblem.REQUIRED_FIELD.rule());
    assertEquals(Optional.empty(), FiveWProblem.NO_FIGURES.rule());
    assertEquals(EnumSet.allOf(FiveWProblem.class), FiveWRules.asSet(-1));
  }

  @Test
  void totalMonthlyBeneficiariesAreAStockAndNewBeneficiariesAFlow() {
    assertEquals(70, FiveWRules.flowOverMonths(30, 40));
    assertEquals(40, FiveWRules.stockOverMonths(30, 40));
    ReachAggregator a = ReachAggregator.create();
    a.add(sound().month(YearMonth.of(2024, 1)).newBeneficiaries(30L).totalMonthlyBeneficiaries(30L).build());
    a.add(sound().month(YearMonth.of(2024, 2)).newBeneficiaries(40L).totalMonthlyBeneficiaries(60L).build());
    IndicatorTable t = a.result(Dimension.COUNTRY);
    assertEquals(70L, t.get(0, "reached"), "new beneficiaries add up over months");
    assertEquals(60L, t.get(0, "total_monthly_beneficiaries"), "the peak month, not 90");
    IndicatorTable byMonth = a.result(Dimension.PERIOD);
    assertEquals(30L, byMonth.get(0, "total_monthly_beneficiaries"), "within one month, the month's figure");
  }

  @Test
  void acrossSectorsTheHighestAndAcrossAreasTheSum() {
    assertEquals(50, FiveWRules.acrossSectors(50, 20));
    assertEquals(70, FiveWRules.acrossAreas(50, 20));
    assertEquals(70, FiveWRules.withinCell(50, 20));
    ReachAggregator a = ReachAggregator.create();
    a.add(sound().sector("WSH").newBeneficiaries(50L).build());
    a.add(sound().sector("HEA").newBeneficiaries(20L).build());
    assertEquals(50L, a.intersectoralReached(), "the same people, reached by two sectors");
    a.add(sound().sector("HEA").location("COL", "CO08", "").newBeneficiaries(5L).build());
    assertEquals(55L, a.intersectoralReached(), "another area adds up");
    a.add(sound().sector("WSH").activity("other").newBeneficiaries(1L).build());
    assertEquals(56L, a.intersectoralReached(), "two reports of one cell add up");
  }
}
