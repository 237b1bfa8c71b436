package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.imports.hxl.HxlSamplesTest.file;
import static org.responseplan.imports.hxl.HxlSamplesTest.stream;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.PlanRollup;
import org.responseplan.indicators.PlanSummary;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.indicators.Rounding;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.Code;
import org.responseplan.model.Funding;
import org.responseplan.model.Money;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabularies;

/** HXL in, indicators computed, HXL out, read back: the same figures. */
class RoundTripTest {
  private static final HxlReader READER = HxlReader.create();

  private static IndicatorTable roundTrip(IndicatorTable table) {
    String hxl = HxlWriter.toHxl(table);
    ImportResult<IndicatorTable> back = READER.readIndicatorTable(stream(hxl));
    assertTrue(back.report().findings().isEmpty(), back.report().toText());
    assertEquals(table, back.value(), hxl);
    return back.value();
  }

  @Test
  void fiveWThroughTheAggregatorAndBack(@TempDir Path dir) throws Exception {
    ReachAggregator agg = ReachAggregator.create();
    agg.addAll(READER.readActivityReports(file("5w-wide.csv")).value());
    IndicatorTable table = agg.result(Dimension.SECTOR, Dimension.COUNTRY, Dimension.ADM1,
        Dimension.POPULATION_GROUP, Dimension.PERIOD);
    String hxl = HxlWriter.toHxl(table);
    String[] lines = hxl.split("\r\n", -1);
    assertEquals("sector,country,adm1,population_group,period,reached,total_monthly_beneficiaries", lines[0]);
    assertEquals("#sector,#country+code,#adm1+code,#population+group,#date+period,#reached,#reached+total",
        lines[1]);
    assertTrue(Arrays.asList(lines).contains("wash,COL,CO54,in-destination,2022-04,80,340"), hxl);
    assertTrue(Arrays.asList(lines).contains("health,PER,PE15,in-transit,2022-03,60,"), hxl); // blank, not 0
    IndicatorTable back = roundTrip(table);
    assertEquals(Long.class, back.get(0, "reached").getClass());
    // Through a file as well.
    Path out = dir.resolve("reach.csv");
    HxlWriter.write(table, out);
    assertEquals(table, READER.readIndicatorTable(out).value());
    // Intersectoral and by sector only.
    roundTrip(agg.result());
    IndicatorTable bySector = roundTrip(agg.result(Dimension.SECTOR));
    assertEquals(List.of(210L, 200L), bySector.column("reached"));
  }

  @Test
  void longFiveWGivesTheSameFile() throws Exception {
    ReachAggregator wide = ReachAggregator.create();
    wide.addAll(READER.readActivityReports(file("5w-wide.csv")).value());
    ReachAggregator lng = ReachAggregator.create();
    lng.addAll(READER.readActivityReports(file("5w-long.csv")).value());
    Dimension[] by = {Dimension.SECTOR, Dimension.COUNTRY, Dimension.ADM1, Dimension.PERIOD};
    assertEquals(HxlWriter.toHxl(wide.result(by)), HxlWriter.toHxl(lng.result(by)));
  }

  /** The people table as a plan with sectors of its own, with illustrative money. */
  static Plan peoplePlan() throws Exception {
    Map<String, PeopleFigures> people = READER.readPeopleFigures(file("people-by-area.csv")).value();
    List<Sector> sectors = new ArrayList<>();
    people.forEach((code, figures) -> sectors.add(Sector.builder().id("s-" + code)
        .code(Code.of(Vocabularies.IASC_CLUSTER, code)).people(figures)
        .requirements(Money.of(code.equals("HEA") ? "2500000.50" : "1200000", "USD"))
        .funding(Funding.ofTotal(Money.of(code.equals("HEA") ? "1000000" : "1300000", "USD")))
        .build()));
    return Plan.builder().id("example").name("Illustrative plan, Colombia").period(Period.year(2022))
        .addAllSectors(sectors).build();
  }

  @Test
  void peopleFiguresThroughTheRollupAndBack() throws Exception {
    PlanRollup rollup = PlanRollup.of(peoplePlan());
    IndicatorTable bySectorArea = roundTrip(rollup.by(Dimension.SECTOR, Dimension.COUNTRY, Dimension.ADM1));
    List<List<Object>> rows = new ArrayList<>();
    for (List<?> r : bySectorArea.rows()) {
      rows.add(Arrays.asList(r.get(0), r.get(2), bySectorArea.columns().indexOf("in_need") >= 0
          ? r.get(bySectorArea.columns().indexOf("in_need")) : null));
    }
    assertTrue(rows.contains(Arrays.asList("HEA", "CO54", 200_000L)), rows.toString()); // two groups add up
    // Intersectoral: the highest sector per area and group, then added.
    IndicatorTable byArea = roundTrip(rollup.by(Dimension.COUNTRY, Dimension.ADM1));
    int adm1 = byArea.columns().indexOf("adm1");
    int inNeed = byArea.columns().indexOf("in_need");
    for (List<?> r : byArea.rows()) {
      if ("CO54".equals(r.get(adm1))) {
        assertEquals(200_000L, r.get(inNeed)); // max(120000, 90000) + 80000
      }
    }
    IndicatorTable bySector = roundTrip(rollup.by(Dimension.SECTOR));
    assertEquals(new BigDecimal("2500000.50"), bySector.get(0, "requirements"));
    assertEquals(new BigDecimal("40.00"), bySector.get(0, "funding_coverage_pct"));
    assertEquals(new BigDecimal("108.33"), bySector.get(1, "funding_coverage_pct")); // over 100 %: kept
    assertEquals("USD", bySector.get(0, "currency"));
  }

  @Test
  void planSummaryAndUnknownColumnsComeBack() throws Exception {
    roundTrip(PlanSummary.of(peoplePlan()).toTable(Rounding.HDX));
    List<List<@Nullable Object>> rows = new ArrayList<>();
    rows.add(Arrays.asList("north, coast", 12L, new BigDecimal("0.50"), "a \"quoted\" note"));
    rows.add(Arrays.asList(null, 0L, null, null)); // 0 stays 0, blanks stay null
    IndicatorTable custom = new IndicatorTable(List.of("zone name"), List.of("people met", "ratio", "note"), rows);
    String hxl = HxlWriter.toHxl(custom);
    assertTrue(hxl.startsWith("zone name,people met,ratio,note\r\n#meta+zone_name,#indicator+people_met,"
        + "#indicator+ratio,#indicator+note\r\n"), hxl);
    roundTrip(custom);
  }

  @Test
  void sexAgeNamesAndFurtherPeopleColumnsComeBack() {
    Plan hpc = org.responseplan.imports.hpc.HpcReader.create()
        .readResponseMonitoring(Path.of("src/test/resources/hpc/hpc-response-monitoring-plan-1188.json")).value();
    PlanRollup rollup = PlanRollup.of(hpc).withNames().withMorePeople();
    IndicatorTable bySex = roundTrip(rollup.by(Dimension.SECTOR, Dimension.ADM2, Dimension.SEX));
    String[] lines = HxlWriter.toHxl(bySex).split("\r\n", -1);
    assertEquals("sector,sector_name,adm2,adm2_name,sex,requirements,funding,funding_coverage_pct,in_need,targeted,"
        + "reached,need_coverage_pct,reach_coverage_pct,currency,total_population,affected,expected_reach", lines[0]);
    assertEquals("#sector,#sector+name,#adm2+code,#adm2+name,#x_sex,#value+funding+required,#value+funding+total,"
        + "#value+funding+pct,#inneed,#targeted,#reached,#indicator+need_coverage+pct,"
        + "#indicator+reach_coverage+pct,#currency,#population,#affected,#indicator+expected_reach", lines[1]);
    assertTrue(Arrays.asList(lines).contains("EDU,Education,SD01001,Jebel Awlia,female,,,,173962,51927,,29.85,,,,,"),
        String.join("\n", lines));
    roundTrip(rollup.by(Dimension.OBJECTIVE, Dimension.COUNTRY, Dimension.ADM1, Dimension.POPULATION_GROUP,
        Dimension.AGE));
    roundTrip(rollup.by(Dimension.PLAN, Dimension.SEX, Dimension.AGE));
  }

  @Test
  void writtenFileIsUtf8WithCrlf(@TempDir Path dir) throws Exception {
    IndicatorTable t = new IndicatorTable(List.of("adm1"), List.of("in_need"),
        List.of(List.of("Chocó", 5L)));
    Path f = dir.resolve("t.csv");
    HxlWriter.write(t, f);
    assertEquals("adm1,in_need\r\n#adm1+code,#inneed\r\nChocó,5\r\n", Files.readString(f));
    assertEquals(HxlWriter.hashtag("in_need", true), HxlTag.parse("#inneed"));
  }
}
