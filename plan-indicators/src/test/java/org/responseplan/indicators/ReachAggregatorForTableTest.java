package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.reach.ReachAccess;
import org.responseplan.indicators.reach.ReachCells;

/**
 * {@link ReachAggregator#forTable}: an aggregator that keeps only what one table needs gives that table exactly as
 * the full aggregator and the {@link ReachOracle} give it, for every grouping the command line accepts, with the
 * same rows, problems and counts; and it holds far fewer cells for a table by sector.
 */
class ReachAggregatorForTableTest {
  private static void assertSameTable(ReachOracle oracle, ReachAggregator full, ReachAggregator reduced,
      Set<Dimension> by) {
    assertEquals(oracle.result(by), reduced.result(by), "grouped by " + by);
    assertEquals(full.result(by), reduced.result(by), "grouped by " + by);
    assertEquals(full.rows(), reduced.rows(), "rows");
    assertEquals(full.acceptedRows(), reduced.acceptedRows(), "accepted rows");
    assertEquals(full.problems(), reduced.problems(), "problems");
  }

  @Test
  void everyGroupingGivesWhatTheFullAggregatorAndTheOracleGive() {
    qt().withExamples(12).forAll(longs().all(), integers().between(1, 4000)).checkAssert((seed, n) -> {
      List<ActivityReport> rows = ReachAggregatorMatchesOracleTest.rows(seed, n);
      ReachOracle oracle = ReachOracle.create();
      oracle.addAll(rows);
      ReachAggregator full = ReachAggregator.create();
      full.addAll(rows);
      for (Set<Dimension> by : ReachAggregatorMatchesOracleTest.everyGrouping()) {
        ReachAggregator reduced = ReachAggregator.forTable(by);
        reduced.addAll(rows);
        assertTrue(reduced.gives(by));
        assertSameTable(oracle, full, reduced, by);
        assertTrue(reduced.groups() <= full.groups(), "cells held by " + by);
      }
    });
  }

  @Test
  void partsMergeAndTravelWithoutChangingTheTable() throws Exception {
    List<ActivityReport> rows = ReachAggregatorMatchesOracleTest.rows(7, 20_000);
    ReachOracle oracle = ReachOracle.create();
    oracle.addAll(rows);
    ReachAggregator full = ReachAggregator.create();
    full.addAll(rows);
    for (Set<Dimension> by : ReachAggregatorMatchesOracleTest.everyGrouping()) {
      ReachAggregator a = ReachAggregator.forTable(by);
      ReachAggregator b = ReachAggregator.forTable(by);
      for (int i = rows.size() - 1; i >= 0; i--) {
        (i % 3 == 0 ? a : b).add(rows.get(i));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(b);
      }
      ReachAggregator travelled;
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        travelled = (ReachAggregator) in.readObject();
      }
      assertSameTable(oracle, full, a.merge(travelled), by);
    }
  }

  @Test
  void aTableBySectorAndCountryHoldsSectorCountryAndMonthOnly() {
    ReachAggregator reduced = ReachAggregator.forTable(EnumSet.of(Dimension.SECTOR, Dimension.COUNTRY));
    ReachAggregator full = ReachAggregator.create();
    for (int area = 0; area < 500; area++) {
      for (int month = 1; month <= 12; month++) {
        for (String group : new String[] {"refugees", "migrants"}) {
          ActivityReport r = ActivityReport.builder().sector(area % 2 == 0 ? "WSH" : "HEA")
              .location(area % 3 == 0 ? "COL" : "PER", "A" + area % 50, "B" + area)
              .populationGroup(group).month(YearMonth.of(2024, month))
              .newBeneficiaries((long) area).totalMonthlyBeneficiaries((long) month).build();
          reduced.add(r);
          full.add(r);
        }
      }
    }
    assertEquals(500 * 12 * 2, full.groups());
    assertEquals(2 * 2 * 12, reduced.groups()); // sectors x countries x months
    Set<Dimension> by = EnumSet.of(Dimension.SECTOR, Dimension.COUNTRY);
    assertEquals(full.result(by), reduced.result(by));
    assertEquals(full.result(Dimension.SECTOR), reduced.result(Dimension.SECTOR));
    assertEquals(full.result(Dimension.SECTOR, Dimension.PERIOD), reduced.result(Dimension.SECTOR, Dimension.PERIOD));
  }

  @Test
  void tablesItDoesNotKeepAreRefusedNotGuessed() {
    ReachAggregator bySector = ReachAggregator.forTable(EnumSet.of(Dimension.SECTOR, Dimension.COUNTRY));
    bySector.add(ActivityReport.builder().sector("WSH").location("COL", "01", "001").month(YearMonth.of(2024, 1))
        .newBeneficiaries(5L).build());
    assertTrue(bySector.gives(EnumSet.of(Dimension.SECTOR, Dimension.PERIOD)));
    assertFalse(bySector.gives(EnumSet.of(Dimension.COUNTRY)));
    assertFalse(bySector.gives(EnumSet.of(Dimension.SECTOR, Dimension.ADM1)));
    assertThrows(IllegalArgumentException.class, () -> bySector.result(Dimension.SECTOR, Dimension.ADM2));
    assertThrows(IllegalArgumentException.class, bySector::intersectoralReached);
    // The full aggregator can take a reduced one's cells only the other way round.
    assertThrows(IllegalArgumentException.class, () -> ReachAggregator.create().merge(bySector));
    ReachAggregator other = ReachAggregator.create();
    other.add(ActivityReport.builder().sector("WSH").location("COL", "02", "002").month(YearMonth.of(2024, 1))
        .newBeneficiaries(7L).build());
    assertEquals(12L, bySector.merge(other).result(Dimension.SECTOR).get(0, "reached"));
    // Without sector every cell is needed, so forTable keeps them all.
    assertTrue(ReachAggregator.forTable(EnumSet.of(Dimension.COUNTRY)).gives(EnumSet.of(Dimension.ADM2)));
  }

  @Test
  void theCellPastTheLimitFailsAsItIsAddedNotAtTheEnd() {
    List<ActivityReport> rows = ReachAggregatorMatchesOracleTest.rows(3, 5000);
    ReachAggregator full = ReachAggregator.create();
    full.addAll(rows);
    int limit = full.groups() / 2;
    ReachAggregator small = ReachAccess.aggregator(ReachCells.create(EnumSet.of(Dimension.COUNTRY), limit));
    AggregationLimitException e = assertThrows(AggregationLimitException.class, () -> {
      small.addAll(rows);
      small.groups(); // the last rows are put in their cells here at the latest
    });
    assertEquals(limit, e.limit());
    assertTrue(e.getMessage().contains(limit + " distinct"), e.getMessage());
    // A table by sector needs fewer cells and stays within the same limit.
    Set<Dimension> by = EnumSet.of(Dimension.SECTOR, Dimension.COUNTRY);
    ReachAggregator bySector = ReachAccess.aggregator(ReachCells.create(by, limit));
    bySector.addAll(rows);
    assertEquals(full.result(by), bySector.result(by));
    assertTrue(ReachAggregator.cellLimit() >= 1 << 16);
  }
}
