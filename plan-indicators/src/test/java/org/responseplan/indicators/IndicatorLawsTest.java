package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.responseplan.indicators.Fixtures.money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.responseplan.model.Code;
import org.responseplan.model.Location;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabularies;

/**
 * Laws of the indicators over generated data, one test per law. The generated 5W reports use few sectors,
 * countries, admin areas, groups and months so that rows collide often (the interesting case), with counts that are
 * sometimes not reported and, now and then, a row with a problem (negative count, blank sector, no figures, a split
 * that does not add up).
 */
class IndicatorLawsTest {

  private static final int EXAMPLES = 300;

  private static final List<String> SECTORS = List.of("HEA", "WSH", "FSC");
  private static final List<String> COUNTRIES = List.of("COL", "PER");
  private static final List<String> ADM1 = List.of("", "A1", "A2");
  private static final List<String> ADM2 = List.of("", "X1");
  private static final List<String> GROUPS = List.of("", "refugees", "migrants");
  private static final int MONTHS = 4;

  /** Dimension sets the results are compared on. */
  private static final List<Set<Dimension>> DIMENSION_SETS = List.of(
      EnumSet.noneOf(Dimension.class),
      EnumSet.of(Dimension.SECTOR),
      EnumSet.of(Dimension.COUNTRY, Dimension.POPULATION_GROUP),
      EnumSet.of(Dimension.PERIOD),
      EnumSet.of(Dimension.SECTOR, Dimension.ADM1, Dimension.PERIOD),
      EnumSet.copyOf(ReachAggregator.DIMENSIONS));

  private static final Set<Dimension> AREA_GROUP = EnumSet.of(Dimension.COUNTRY, Dimension.ADM1, Dimension.ADM2,
      Dimension.POPULATION_GROUP);

  // ---- generators ----

  /** A count from 0 to 1000, or not reported (null) about one time in ten. */
  private static @Nullable Long count(int v) {
    return v < 0 ? null : (long) v;
  }

  /** One 5W report: where and when from {@code place}, counts, and a fault now and then. */
  static Gen<ActivityReport> reports() {
    int places = SECTORS.size() * COUNTRIES.size() * ADM1.size() * ADM2.size() * GROUPS.size() * MONTHS;
    return integers().between(0, places - 1).zip(
        integers().between(-100, 1000), integers().between(-100, 1000), integers().between(0, 19),
        (place, newB, total, fault) -> {
          int p = place;
          String sector = SECTORS.get(p % SECTORS.size());
          p /= SECTORS.size();
          String country = COUNTRIES.get(p % COUNTRIES.size());
          p /= COUNTRIES.size();
          String adm1 = ADM1.get(p % ADM1.size());
          p /= ADM1.size();
          String adm2 = adm1.isEmpty() ? "" : ADM2.get(p % ADM2.size());
          p /= ADM2.size();
          String group = GROUPS.get(p % GROUPS.size());
          p /= GROUPS.size();
          YearMonth month = YearMonth.of(2024, 1 + p % MONTHS);
          ActivityReport.Builder b = ActivityReport.builder().reportingOrganisation("org").sector(sector)
              .activity("a").location(country, adm1, adm2).populationGroup(group).month(month)
              .newBeneficiaries(count(newB)).totalMonthlyBeneficiaries(count(total));
          switch (fault) {
            case 0 -> b.newBeneficiaries(-1L); // negative-count: rejected
            case 1 -> b.sector(" "); // required-field: rejected
            case 2 -> b.newBeneficiaries(null).totalMonthlyBeneficiaries(null); // no-figures: rejected
            case 3 -> b.newBeneficiaries(10L).split(1L, 2L, null, 3L, null, null); // split-does-not-sum: kept
            default -> { }
          }
          return b.build();
        });
  }

  static Gen<List<ActivityReport>> reportLists() {
    return lists().of(reports()).ofSizeBetween(0, 60);
  }

  static ReachAggregator aggregate(List<ActivityReport> rows) {
    ReachAggregator a = ReachAggregator.create();
    a.addAll(rows);
    return a;
  }

  // ---- (a) order ----

  @Test
  void shufflingTheRowsChangesNoResult() {
    // Law: the aggregation is a function of the multiset of rows; the order they arrive in does not matter.
    qt().withExamples(EXAMPLES).forAll(reportLists(), longs().all()).checkAssert((rows, seed) -> {
      List<ActivityReport> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, new Random(seed));
      ReachAggregator original = aggregate(rows);
      ReachAggregator reordered = aggregate(shuffled);
      for (Set<Dimension> dims : DIMENSION_SETS) {
        assertEquals(original.result(dims), reordered.result(dims), () -> "by " + dims);
      }
      assertEquals(original.problems(), reordered.problems());
    });
  }

  // ---- (b) chunks and merge ----

  @Test
  void aggregatingChunksAndMergingEqualsOnePass() {
    // Law: for any cut of the rows into consecutive chunks, merging the chunks' aggregators gives one pass's result.
    qt().withExamples(EXAMPLES)
        .forAll(reportLists(), lists().of(integers().between(0, 1000)).ofSizeBetween(0, 5))
        .checkAssert((rows, cuts) -> {
          TreeSet<Integer> points = new TreeSet<>();
          for (int c : cuts) {
            points.add(rows.isEmpty() ? 0 : c % (rows.size() + 1));
          }
          points.add(rows.size());
          ReachAggregator merged = ReachAggregator.create();
          int from = 0;
          for (int to : points) {
            merged.merge(aggregate(rows.subList(from, to)));
            from = to;
          }
          ReachAggregator onePass = aggregate(rows);
          for (Set<Dimension> dims : DIMENSION_SETS) {
            assertEquals(onePass.result(dims), merged.result(dims), () -> "by " + dims + ", cuts " + points);
          }
          assertEquals(onePass.problems(), merged.problems());
          assertEquals(onePass.rows(), merged.rows());
          assertEquals(onePass.acceptedRows(), merged.acceptedRows());
          assertEquals(onePass.groups(), merged.groups());
        });
  }

  // ---- (c) intersectoral >= sectoral ----

  @Test
  void intersectoralFigureOfAnAreaAndGroupIsAtLeastEachSectorsFigure() {
    // Law: per (country, adm1, adm2, population group) - and per month when kept - the intersectoral figure is the
    // highest sector, so it is never below any one sector's figure for the same key, for either measure.
    qt().withExamples(EXAMPLES).forAll(reportLists()).checkAssert(rows -> {
      ReachAggregator a = aggregate(rows);
      for (boolean withMonth : new boolean[] {false, true}) {
        EnumSet<Dimension> key = EnumSet.copyOf(AREA_GROUP);
        if (withMonth) {
          key.add(Dimension.PERIOD);
        }
        EnumSet<Dimension> withSector = EnumSet.copyOf(key);
        withSector.add(Dimension.SECTOR);
        Map<List<@Nullable Object>, List<@Nullable Object>> intersectoral = index(a.result(key), key.size());
        IndicatorTable sectoral = a.result(withSector);
        for (List<@Nullable Object> row : sectoral.rows()) {
          List<@Nullable Object> k = new ArrayList<>(row.subList(1, 1 + key.size())); // drop the sector
          List<@Nullable Object> inter = intersectoral.get(k);
          assertNotNull(inter, () -> "no intersectoral row for " + k);
          for (int m = 0; m < ReachAggregator.MEASURES.size(); m++) {
            Long sectorValue = (Long) row.get(1 + key.size() + m);
            Long interValue = (Long) inter.get(m);
            if (sectorValue != null) {
              assertNotNull(interValue, () -> "intersectoral empty where " + row.get(0) + " reports, " + k);
              assertTrue(interValue >= sectorValue, () -> "intersectoral " + interValue + " < " + row);
            }
          }
        }
      }
    });
  }

  /** Rows of a table by their first {@code keyColumns} cells, to their measures. */
  private static Map<List<@Nullable Object>, List<@Nullable Object>> index(IndicatorTable t, int keyColumns) {
    Map<List<@Nullable Object>, List<@Nullable Object>> map = new HashMap<>();
    for (List<@Nullable Object> row : t.rows()) {
      map.put(new ArrayList<>(row.subList(0, keyColumns)), row.subList(keyColumns, row.size()));
    }
    return map;
  }

  // ---- (d) a sector is the sum of its distinct areas ----

  @Test
  void aSectorsTotalIsTheSumOfItsDistinctAreasAndGroups() {
    // Law: within one sector, distinct (country, adm1, adm2, population group) figures add up: the by-sector row
    // of people reached (a flow) equals the sum of that sector's finest area rows (empty exactly when every area
    // row is empty). Total monthly beneficiaries are a stock: the sector's figure is the peak of its monthly
    // totals, so it is at most the sum of the areas' own peaks (which may fall in different months).
    qt().withExamples(EXAMPLES).forAll(reportLists()).checkAssert(rows -> {
      ReachAggregator a = aggregate(rows);
      EnumSet<Dimension> finest = EnumSet.copyOf(AREA_GROUP);
      finest.add(Dimension.SECTOR);
      Map<Object, Long[]> sums = new LinkedHashMap<>();
      for (List<@Nullable Object> row : a.result(finest).rows()) {
        Long[] s = sums.computeIfAbsent(row.get(0), k -> new Long[2]);
        for (int m = 0; m < 2; m++) {
          Long v = (Long) row.get(finest.size() + m);
          if (v != null) {
            s[m] = s[m] == null ? v : s[m] + v;
          }
        }
      }
      IndicatorTable bySector = a.result(Dimension.SECTOR);
      assertEquals(sums.size(), bySector.size());
      for (List<@Nullable Object> row : bySector.rows()) {
        Long[] s = sums.get(row.get(0));
        assertNotNull(s, () -> "no area rows for sector " + row.get(0));
        assertEquals(s[0], row.get(1), () -> "reached of " + row.get(0));
        Long stock = (Long) row.get(2);
        assertEquals(s[1] == null, stock == null, () -> "total monthly beneficiaries of " + row.get(0));
        if (stock != null) {
          assertTrue(stock <= s[1], () -> "total monthly beneficiaries of " + row.get(0) + ": " + stock + " > " + s[1]);
        }
      }
    });
  }

  // ---- (e) a share is a fraction ----

  @Test
  void womenAndGirlsShareIsBetweenZeroAndOneWhenTheSexCellsFitInTheTotal() {
    // Law: when the breakdown by sex adds up to no more than the total (or the total is not reported, and the whole
    // is the sum of the cells), the share of women and girls is defined only as a value in [0, 1].
    // female, male, other: a count, or -1 for no such cell
    Gen<List<Integer>> cells = lists().of(integers().between(-1, 1_000_000)).ofSize(3);
    qt().forAll(cells, integers().between(0, 1_000_000), booleans().all())
        .checkAssert((values, extra, totalReported) -> {
          PeopleFigures.Builder b = PeopleFigures.builder();
          long sum = 0;
          Sex[] sexes = {Sex.FEMALE, Sex.MALE, Sex.OTHER};
          for (int i = 0; i < 3; i++) {
            int v = values.get(i);
            if (v >= 0) {
              b.addBreakdown(PeopleCell.builder().sex(sexes[i]).targeted(v).build());
              sum += v;
            }
          }
          if (totalReported) {
            b.targeted(sum + extra);
          }
          Calculation share = Calculators.womenAndGirlsShare(b.build(), PeopleMetric.TARGETED);
          if (share.isDefined()) {
            BigDecimal v = share.exact().orElseThrow();
            assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, () -> share.explain());
          } else {
            assertTrue(share.exact().isEmpty());
          }
        });
  }

  // ---- (f) plans: intersectoral per country >= each sector ----

  /** A sector's cell: country, admin-1 ("" for none), population group (null for none), in need. */
  record GenCell(int country, int adm1, int group, int inNeed) {}

  static Gen<GenCell> genCells() {
    return integers().between(0, 2).zip(integers().between(0, 2), integers().between(0, 2),
        integers().between(0, 1000), GenCell::new);
  }

  static Plan plan(List<List<GenCell>> sectors) {
    List<String> countries = List.of("COL", "PER", "ECU");
    List<Code> groups = List.of(Code.of(Vocabularies.POPULATION_GROUP, "refugees"),
        Code.of(Vocabularies.POPULATION_GROUP, "migrants"));
    Objective.Builder o1 = Objective.builder().id("O1").title("O1");
    Objective.Builder o2 = Objective.builder().id("O2").title("O2");
    for (int s = 0; s < sectors.size(); s++) {
      PeopleFigures.Builder people = PeopleFigures.builder();
      for (GenCell c : sectors.get(s)) {
        Location.Builder where = Location.builder().country(countries.get(c.country()));
        if (c.adm1() > 0) {
          where.admin1Code("A" + c.adm1());
        }
        PeopleCell.Builder cell = PeopleCell.builder().location(where.build()).inNeed(c.inNeed());
        if (c.group() > 0) {
          cell.populationGroup(groups.get(c.group() - 1));
        }
        people.addBreakdown(cell.build());
      }
      Sector sector = Sector.builder().id("s" + s).code(Code.of(Vocabularies.IASC_CLUSTER, "S" + s))
          .people(people.build()).build();
      (s % 2 == 0 ? o1 : o2).addSectors(sector);
    }
    return Plan.builder().id("p").name("p").addObjectives(o1.build(), o2.build()).build();
  }

  @Test
  void planIntersectoralInNeedPerCountryIsAtLeastEverySectorsFigureForThatCountry() {
    // Law: PlanRollup never sums people across sectors and never loses a sector's area, so the intersectoral figure
    // of a country (and of a country and group) is at least every sector's own figure there.
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(lists().of(genCells()).ofSizeBetween(0, 6)).ofSizeBetween(1, 4))
        .checkAssert(sectors -> {
          PlanRollup rollup = PlanRollup.of(plan(sectors));
          for (EnumSet<Dimension> key : List.of(EnumSet.of(Dimension.COUNTRY),
              EnumSet.of(Dimension.COUNTRY, Dimension.POPULATION_GROUP))) {
            Map<List<@Nullable Object>, List<@Nullable Object>> inter = index(rollup.by(key), key.size());
            EnumSet<Dimension> withSector = EnumSet.copyOf(key);
            withSector.add(Dimension.SECTOR);
            IndicatorTable bySector = rollup.by(withSector);
            int inNeed = bySector.columns().indexOf("in_need");
            for (List<@Nullable Object> row : bySector.rows()) {
              List<@Nullable Object> k = new ArrayList<>(row.subList(1, 1 + key.size()));
              List<@Nullable Object> i = inter.get(k);
              assertNotNull(i, () -> "no intersectoral row for " + k);
              Long sectorValue = (Long) row.get(inNeed);
              Long interValue = (Long) i.get(inNeed - 1 - key.size());
              assertNotNull(sectorValue);
              assertNotNull(interValue);
              assertTrue(interValue >= sectorValue, () -> "by " + key + ": " + interValue + " < " + row);
            }
          }
        });
  }

  // ---- (g) published roundings agree ----

  @Test
  void ftsAndHdxFundingCoverageAgreeWithinHalfAPercentAndAreNeverNegative() {
    // Law: FTS (2 decimals) and HDX (whole percent) round the same exact percentage half up, so they differ by at
    // most 0.5 percentage points; funding and requirements are never negative, so neither is the coverage; and
    // both are defined exactly when the requirements are not zero.
    qt().forAll(longs().between(0, 1_000_000_000_000L), longs().between(0, 10_000_000_000_000L))
        .checkAssert((requirementCents, fundingCents) -> {
          Optional<Money> requirements = Optional.of(new Money(BigDecimal.valueOf(requirementCents, 2), "USD"));
          Optional<Money> funding = Optional.of(new Money(BigDecimal.valueOf(fundingCents, 2), "USD"));
          Calculation c = Calculators.fundingCoverage(money(requirements, funding));
          Optional<BigDecimal> fts = c.percent(Rounding.FTS);
          Optional<BigDecimal> hdx = c.percent(Rounding.HDX);
          assertEquals(requirementCents != 0, fts.isPresent());
          assertEquals(fts.isPresent(), hdx.isPresent());
          if (fts.isPresent()) {
            assertTrue(fts.get().signum() >= 0 && hdx.get().signum() >= 0, () -> fts + " " + hdx);
            assertTrue(fts.get().subtract(hdx.get()).abs().compareTo(new BigDecimal("0.5")) <= 0,
                () -> "FTS " + fts.get() + " vs HDX " + hdx.get());
          }
        });
  }
}
