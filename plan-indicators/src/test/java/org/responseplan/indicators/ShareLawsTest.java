package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.Sex;

/**
 * Laws of the breakdown shares: a share is a fraction of the cells it used, and those cells alone give the same
 * share, whatever else the figures hold (a total, location totals, cells at a finer admin level, cells of another
 * kind).
 */
class ShareLawsTest {
  private static final Sex[] SEXES = {Sex.FEMALE, Sex.MALE, Sex.OTHER};

  private static Location admin1(int area) {
    return Location.builder().country("SDN").admin1Code("SD0" + area).build();
  }

  private static Location admin2(int area) {
    return Location.builder().country("SDN").admin1Code("SD0" + area).admin2Code("SD0" + area + "001").build();
  }

  /** Each int: area (0-3), sex (0-2) and a count below 1,000,000. */
  private static Gen<List<Integer>> codes(int min) {
    return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(min, 8);
  }

  /** The cells the share of women and girls must use: by sex and admin-1 area. */
  private static List<PeopleCell> signal(List<Integer> codes) {
    List<PeopleCell> cells = new ArrayList<>();
    for (int v : codes) {
      cells.add(PeopleCell.builder().sex(SEXES[(v / 4) % 3]).location(admin1(v % 4)).targeted((v / 12) % 1_000_000)
          .build());
    }
    return cells;
  }

  /** Cells the share must leave out: location totals, sex cells at admin 2, age-band cells. */
  private static List<PeopleCell> noise(List<Integer> codes) {
    List<PeopleCell> cells = new ArrayList<>();
    for (int v : codes) {
      long count = (v / 12) % 1_000_000;
      PeopleCell.Builder b = PeopleCell.builder().targeted(count);
      switch ((v / 4) % 3) {
        case 0 -> b.location(admin1(v % 4));
        case 1 -> b.sex(SEXES[v % 3]).location(admin2(v % 4));
        default -> b.ageBand(AgeBand.CHILDREN).location(admin1(v % 4));
      }
      cells.add(b.build());
    }
    return cells;
  }

  @Test
  void aShareIsAFractionOfItsCellsAndThoseCellsAloneGiveTheSameShare() {
    qt().forAll(codes(1), codes(0), booleans().all(), integers().between(0, 5_000_000))
        .checkAssert((signalCodes, noiseCodes, totalReported, extra) -> {
          List<PeopleCell> signal = signal(signalCodes);
          List<PeopleCell> all = new ArrayList<>(signal);
          all.addAll(noise(noiseCodes));
          PeopleFigures.Builder b = PeopleFigures.builder().addAllBreakdown(all);
          if (totalReported) {
            long max = all.stream().mapToLong(c -> c.getTargeted().orElse(0)).max().orElse(0);
            b.targeted(max + extra);
          }
          Calculation share = Calculators.womenAndGirlsShare(b.build(), PeopleMetric.TARGETED);

          Plan onlyThoseCells = Plan.builder().id("p").name("only the cells the share used")
              .people(PeopleFigures.builder().addAllBreakdown(signal).build()).build();
          Calculation alone = PlanSummary.of(onlyThoseCells).levels().get(0)
              .indicator("share of women and girls targeted");

          assertEquals(alone.exact(), share.exact(), () -> share.explain() + " vs " + alone.explain());
          assertEquals(alone.inputs().get("part"), share.inputs().get("part"));
          assertEquals(alone.inputs().get("whole"), share.inputs().get("whole"));
          share.exact().ifPresent(v -> assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0,
              share::explain));
          long female = signal.stream().filter(c -> c.getSex().orElseThrow() == Sex.FEMALE)
              .mapToLong(c -> c.getTargeted().orElseThrow()).sum();
          assertEquals(Long.toString(female), share.inputs().get("part"), share::explain);
          long sum = signal.stream().mapToLong(c -> c.getTargeted().orElseThrow()).sum();
          assertEquals(Long.toString(sum), share.inputs().get("whole"), share::explain);
          if (sum == 0) {
            assertTrue(share.exact().isEmpty(), share::explain);
          } else {
            BigDecimal expected = BigDecimal.valueOf(female).divide(BigDecimal.valueOf(sum), Calculation.PRECISION);
            assertEquals(0, expected.compareTo(share.exact().orElseThrow()), share::explain);
          }
        });
  }

  @Test
  void theCoverageIsStatedExactlyWhenTheCellsMissAnAreaOrPartOfTheTotal() {
    qt().forAll(codes(1), integers().between(0, 3), integers().between(-1_000, 1_000))
        .checkAssert((signalCodes, extraArea, change) -> {
          List<PeopleCell> signal = signal(signalCodes);
          long sum = signal.stream().mapToLong(c -> c.getTargeted().orElseThrow()).sum();
          long max = signal.stream().mapToLong(c -> c.getTargeted().orElseThrow()).max().orElseThrow();
          long extra = Math.max(max - sum, change); // no cell may exceed the total; their sum may
          long areas = signal.stream().map(c -> c.getLocation().orElseThrow()).distinct().count();
          PeopleFigures.Builder b = PeopleFigures.builder().addAllBreakdown(signal).targeted(sum + extra)
              .addBreakdown(PeopleCell.builder().location(admin1(extraArea)).targeted(0).build());
          boolean missesAnArea = signal.stream().noneMatch(c -> c.getLocation().orElseThrow().equals(admin1(extraArea)));
          Calculation share = Calculators.womenAndGirlsShare(b.build(), PeopleMetric.TARGETED);
          String coverage = share.inputs().get("coverage");
          assertEquals(missesAnArea || extra != 0, coverage != null, share::explain);
          if (missesAnArea) {
            assertTrue(coverage.startsWith("cells cover " + areas + " of " + (areas + 1) + " areas"), coverage);
          }
          if (extra > 0) {
            assertTrue(coverage.endsWith(String.format(java.util.Locale.ENGLISH,
                "they hold %,d of the %,d targeted in the total", sum, sum + extra)), coverage);
          }
          if (extra < 0) {
            assertTrue(coverage.endsWith(String.format(java.util.Locale.ENGLISH,
                "they add up to %,d, more than the total %,d targeted", sum, sum + extra)), coverage);
          }
          if (!missesAnArea && extra != 0) {
            assertTrue(coverage.startsWith("cells cover " + areas + (areas == 1 ? " area" : " areas")
                + " at admin level 1; "), coverage);
          }
        });
  }
}
