package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Code;
import org.responseplan.model.Funding;
import org.responseplan.model.Location;
import org.responseplan.model.Money;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;

/** A plan organised by cluster (sectors of its own, no objectives), as FTS and HPC data are. */
class PlanLevelSectorsRollupTest {
  private static Sector cluster(String code, long requirements, long funding, long colTargeted, long perTargeted) {
    return Sector.builder().id("c-" + code).code(Code.of("iasc-cluster", code))
        .requirements(Money.of(requirements, "USD"))
        .funding(Funding.ofTotal(Money.of(funding, "USD")))
        .people(PeopleFigures.builder().targeted(colTargeted + perTargeted)
            .addBreakdown(PeopleCell.builder().location(Location.country("COL")).targeted(colTargeted).build())
            .addBreakdown(PeopleCell.builder().location(Location.country("PER")).targeted(perTargeted).build())
            .build())
        .build();
  }

  private static final Plan PLAN = Plan.builder().id("hrp").name("Cluster plan")
      .addSectors(cluster("HEA", 100, 50, 70, 10), cluster("WSH", 300, 30, 40, 25))
      .build();

  @Test
  void bySectorTheObjectiveIsEmpty() {
    IndicatorTable t = PlanRollup.of(PLAN).by(Dimension.OBJECTIVE, Dimension.SECTOR);
    assertEquals(Arrays.asList(null, null), t.column("objective"));
    assertEquals(List.of("HEA", "WSH"), t.column("sector"));
    // HEA 70 + 10 = 80; WSH 40 + 25 = 65
    assertEquals(List.of(80L, 65L), t.column("targeted"));
  }

  @Test
  void thePlanIsComputedFromItsClustersWithoutDoubleCounting() {
    IndicatorTable t = PlanRollup.of(PLAN).by();
    // money adds: requirements 100 + 300 = 400, funding 50 + 30 = 80; coverage 80 / 400 = 20.00 %
    assertEquals(0, new BigDecimal("400").compareTo((BigDecimal) t.get(0, "requirements")));
    assertEquals(0, new BigDecimal("20.00").compareTo((BigDecimal) t.get(0, "funding_coverage_pct")));
    // people do not: COL max(70, 40) = 70, PER max(10, 25) = 25; 70 + 25 = 95 (not 80 + 65 = 145)
    assertEquals(95L, t.get(0, "targeted"));
  }

  @Test
  void theSummaryListsThemUnderThePlan() {
    List<PlanSummary.Level> levels = PlanSummary.of(PLAN).levels();
    assertEquals(List.of("plan", "sector", "sector"), levels.stream().map(PlanSummary.Level::kind).toList());
    assertEquals(1, levels.get(1).depth());
    // HEA 50 / 100 = 50.00 %
    assertEquals(new BigDecimal("50.00"),
        levels.get(1).indicator("funding coverage").percent(Rounding.FTS).orElseThrow());
  }
}
