package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.imports.hxl.HxlSamplesTest.file;
import static org.responseplan.imports.hxl.HxlSamplesTest.stream;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.FiveWProblem;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportReport.Action;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/** 5W tables to activity reports: the hashtag table, wide and long layouts, blanks, bad values, exact matching. */
class ActivityReportsTest {
  private static final HxlReader READER = HxlReader.create();

  /** The four reports of 5w-wide.csv and 5w-long.csv. */
  static final List<ActivityReport> EXPECTED = List.of(
      report("IOM", "wash", "hygiene-kits", "COL", "CO54", "CO54001", "2022-03", "in-destination", Modality.IN_KIND,
          120L, 300L, 30L, 35L, 0L, 30L, 25L, 0L),
      report("Partner A", "wash", "hygiene-kits", "COL", "CO54", "CO54001", "2022-04", "in-destination",
          Modality.IN_KIND, 80L, 340L, 20L, 20L, null, 20L, 20L, null),
      report("IOM", "health", "consultations", "COL", "CO54", "CO54001", "2022-03", "in-destination",
          Modality.SERVICE, 150L, 150L, 40L, 30L, null, 45L, 35L, null),
      report("IOM", "health", "consultations", "PER", "PE15", "PE1501", "2022-03", "in-transit", Modality.SERVICE,
          60L, null, 10L, 10L, null, 20L, 20L, null));

  private static ActivityReport report(String implementing, String sector, String activity, String country,
      String adm1, String adm2, String month, String group, Modality modality, Long newBeneficiaries, Long total,
      Long girls, Long boys, Long otherUnder18, Long women, Long men, Long otherAdults) {
    return ActivityReport.builder().reportingOrganisation("IOM").implementingOrganisation(implementing)
        .sector(sector).activity(activity).location(country, adm1, adm2).month(YearMonth.parse(month))
        .populationGroup(group).modality(modality).newBeneficiaries(newBeneficiaries)
        .totalMonthlyBeneficiaries(total).split(girls, boys, otherUnder18, women, men, otherAdults).build();
  }

  @Test
  void wideLayout() throws Exception {
    ImportResult<List<ActivityReport>> r = READER.readActivityReports(file("5w-wide.csv"));
    assertEquals(EXPECTED, r.value());
    ImportReport report = r.report();
    assertTrue(report.findings().isEmpty(), report.toText());
    assertEquals(4, report.count(Action.MAPPED, "#reached+new"));
    assertEquals(4, report.count(Action.MAPPED, "#org+reporting"));
    // Blanks are not reported, never 0, and are counted.
    assertEquals(3, report.count(Action.SKIPPED, "#reached+i+children"));
    assertEquals(1, report.count(Action.SKIPPED, "#reached+total"));
    assertNull(r.value().get(3).totalMonthlyBeneficiaries());
    assertEquals(0L, r.value().get(0).otherUnder18()); // a written 0 stays 0
    // The column no mapping reads is reported with its value.
    ImportReport.Line notes = report.lines(Action.SKIPPED).stream().filter(l -> l.source().equals("#meta+notes"))
        .findFirst().orElseThrow();
    assertEquals("line 6: first month, Lima", notes.example());
    assertTrue(notes.reason().contains("not a hashtag of the 5W mapping"), notes.reason());
    assertTrue(report.lines(Action.DEFAULTED).isEmpty(), report.toText());
    assertTrue(r.value().stream().allMatch(a -> a.problems().isEmpty()));
  }

  @Test
  void longLayoutGivesTheSameReports() throws Exception {
    ImportResult<List<ActivityReport>> r = READER.readActivityReports(file("5w-long.csv"));
    assertTrue(r.report().findings().isEmpty(), r.report().toText());
    // Reports come in the order their first row appears; the reports are those of the wide table.
    assertEquals(4, r.value().size());
    assertEquals(Set.copyOf(EXPECTED), Set.copyOf(r.value()));
    assertEquals(EXPECTED.get(0), r.value().get(0));
    assertEquals(EXPECTED.get(3), r.value().get(2));
    // Each row's value went to its split cell.
    assertTrue(r.report().count(Action.MAPPED, "#population+sex") > 0);
    assertTrue(r.report().lines(Action.MAPPED).stream().anyMatch(l -> l.source().equals("#reached+new")
        && l.target().equals("/*/girls") && l.count() == 4), r.report().toText());
    // Both layouts aggregate alike.
    ReachAggregator wide = ReachAggregator.create();
    wide.addAll(READER.readActivityReports(file("5w-wide.csv")).value());
    ReachAggregator lng = ReachAggregator.create();
    lng.addAll(r.value());
    assertEquals(wide.result(Dimension.SECTOR, Dimension.PERIOD), lng.result(Dimension.SECTOR, Dimension.PERIOD));
    IndicatorTable bySector = lng.result(Dimension.SECTOR);
    assertEquals(List.of("health", "wash"), bySector.column("sector"));
    assertEquals(List.of(210L, 200L), bySector.column("reached"));
    assertEquals(List.of(150L, 340L), bySector.column("total_monthly_beneficiaries"));
  }

  @Test
  void longLayoutWithoutARowForAllDerivesTheFigures() throws Exception {
    ImportResult<List<ActivityReport>> r = READER.readActivityReports(file("5w-long-no-total.csv"));
    assertTrue(r.report().findings().isEmpty(), r.report().toText());
    ActivityReport expected = ActivityReport.builder().reportingOrganisation("NRC").sector("protection")
        .location("COL", "CO11", "").month(YearMonth.of(2022, 5)).newBeneficiaries(40L)
        .totalMonthlyBeneficiaries(185L).split(12L, 8L, null, 20L, null, null).build();
    assertEquals(List.of(expected), r.value());
    ImportReport report = r.report();
    // Derived figures are reported as such.
    assertEquals(1, report.count(Action.DEFAULTED, "the split"));
    assertEquals(4, report.count(Action.DEFAULTED, "#reached+total"));
    // A plain #reached is read as new beneficiaries, and says so.
    assertTrue(report.lines(Action.DEFAULTED).stream().anyMatch(l -> l.source().equals("#reached")
        && l.reason().contains("plain #reached")), report.toText());
    assertEquals(1, report.count(Action.SKIPPED, "#reached")); // the blank for men
  }

  @Test
  void theHashtagTableIsReadExactly() {
    String csv = String.join("\n",
        "#org,#org+impl,#sector,#country+code,#adm1+name,#date+month,#reached+new+idps,#reached+f,#reached+new,"
            + "#reached+f+children+idps,#reached+m+children",
        "A,B,wash,COL,Norte,2022-03,99,77,10,55,4", "");
    ImportResult<List<ActivityReport>> r = READER.readActivityReports(stream(csv));
    ActivityReport a = r.value().get(0);
    assertEquals(10L, a.newBeneficiaries()); // not the 99 of #reached+new+idps
    assertEquals(4L, a.boys());
    assertNull(a.girls()); // neither #reached+f nor #reached+f+children+idps is the girls' column
    assertEquals("", a.adm1()); // a name is not an area code
    assertEquals("A", a.reportingOrganisation());
    assertEquals("B", a.implementingOrganisation());
    ImportReport report = r.report();
    for (String skipped : List.of("#reached+new+idps", "#reached+f", "#reached+f+children+idps")) {
      assertEquals(1, report.count(Action.SKIPPED, skipped), skipped + "\n" + report.toText());
      assertTrue(report.lines(Action.SKIPPED).stream().filter(l -> l.source().equals(skipped))
          .allMatch(l -> l.reason().startsWith("not a 5W figure")), report.toText());
    }
    assertTrue(report.lines(Action.SKIPPED).stream().filter(l -> l.source().equals("#adm1+name"))
        .allMatch(l -> l.reason().contains("codes, not names")), report.toText());
  }

  @Test
  void preferredColumnsWinAndTheOthersAreReported() {
    String csv = "#org,#org+reporting,#sector,#sector+code,#country+code,#date,#date+month,#reached+new\n"
        + "Org,Reporter,Health,HEA,COL,2022-01-31,2022-02,5\n";
    ImportResult<List<ActivityReport>> r = READER.readActivityReports(stream(csv));
    ActivityReport a = r.value().get(0);
    assertEquals("Reporter", a.reportingOrganisation());
    assertEquals("HEA", a.sector());
    assertEquals(YearMonth.of(2022, 2), a.month());
    assertTrue(r.report().lines(Action.SKIPPED).stream().anyMatch(l -> l.source().equals("#org")
        && l.reason().contains("#org+reporting gives /*/reportingOrganisation")), r.report().toText());
    assertEquals(1, r.report().count(Action.SKIPPED, "#date"));
  }

  @Test
  void badValuesAreFindingsAndBlanksStayNull() {
    String csv = String.join("\n",
        "#org,#sector,#country+code,#date+month,#reached+new,#reached+total,#reached+f+children",
        "A,wash,COL,2022-03,12a,5,-3",
        "A,wash,COL,2022-13,1,1,1",
        "A,,COL,2022-03,,,",
        "A,wash,COL,2022-03,\"1,200\",1.5,", "");
    ImportResult<List<ActivityReport>> r = READER.readActivityReports(stream(csv));
    List<ActivityReport> reports = r.value();
    assertEquals(3, reports.size()); // the row without a usable month is skipped
    assertNull(reports.get(0).newBeneficiaries());
    assertEquals(5L, reports.get(0).totalMonthlyBeneficiaries());
    assertEquals(-3L, reports.get(0).girls()); // kept, so that ReachAggregator counts it as negative-count
    assertNull(reports.get(1).newBeneficiaries()); // blank: null, never 0
    assertNull(reports.get(1).totalMonthlyBeneficiaries());
    assertEquals(1200L, reports.get(2).newBeneficiaries());
    assertNull(reports.get(2).totalMonthlyBeneficiaries());
    List<String> paths = r.report().findings().stream().map(f -> f.rule().code() + " " + f.path()).toList();
    assertEquals(List.of("invalid-value line 2, #reached+new", "negative-count line 2, #reached+f+children",
        "invalid-value line 3, #date+month", "required-field line 4, #sector",
        "required-field line 4, #reached+new", "invalid-value line 5, #reached+total"), paths);
    Finding month = r.report().findings().get(2);
    assertEquals("2022-13", month.value());
    assertEquals(3, month.line());
    assertEquals(4, month.column());
    assertEquals(1, r.report().count(Action.SKIPPED, "row"));
    assertEquals(2, r.report().count(Action.SKIPPED, "#reached+total")); // "1.5" and one blank
    ReachAggregator agg = ReachAggregator.create();
    agg.addAll(reports);
    assertEquals(1L, agg.problems().get(FiveWProblem.NEGATIVE_COUNT));
    assertEquals(1L, agg.problems().get(FiveWProblem.REQUIRED_FIELD));
  }

  @Test
  void defaultMonthForAFileWithoutDates() {
    String csv = "#sector,#country+code,#reached+new\nwash,COL,5\nhealth,COL,7\n";
    ImportResult<List<ActivityReport>> none = READER.readActivityReports(stream(csv));
    assertTrue(none.value().isEmpty());
    assertEquals(1, none.report().findings().size()); // once for the table, not once per row
    assertEquals(2, none.report().count(Action.SKIPPED, "row"));
    ImportResult<List<ActivityReport>> r = READER.withDefaultMonth(YearMonth.of(2022, 6))
        .readActivityReports(stream(csv));
    assertEquals(2, r.value().size());
    assertEquals(YearMonth.of(2022, 6), r.value().get(1).month());
    assertEquals(2, r.report().count(Action.DEFAULTED, "(no date column)"));
    assertTrue(r.report().findings().isEmpty(), r.report().toText());
  }

  @Test
  void cashAndModality() {
    String csv = String.join("\n",
        "#sector,#country+code,#date+month,#reached+new,#modality,#value+cash,#currency",
        "mpc,COL,2022-03,10,Cash,1500.50,cop",
        "mpc,COL,2022-03,10,CVA,20,",
        "mpc,COL,2022-03,10,barter,20,XYZ", "");
    ImportResult<List<ActivityReport>> r = READER.readActivityReports(stream(csv));
    assertEquals(Money.of("1500.50", "COP"), r.value().get(0).cashTransferred());
    assertEquals(Modality.CASH_OR_VOUCHER, r.value().get(0).modality());
    assertNull(r.value().get(1).cashTransferred());
    assertNull(r.value().get(2).modality());
    assertNull(r.value().get(2).cashTransferred());
    List<String> rules = r.report().findings().stream().map(f -> f.rule().code() + " " + f.path()).toList();
    assertEquals(List.of("required-field line 3, #currency", "invalid-value line 4, #modality",
        "invalid-currency line 4, #currency"), rules);
    String usd = "#sector,#country+code,#date+month,#reached+new,#value+cash+usd\nmpc,COL,2022-03,10,99\n";
    assertEquals(Money.of("99", "USD"), READER.readActivityReports(stream(usd)).value().get(0).cashTransferred());
  }

  @Test
  void countryNamesAreKeptAndWarned() throws Exception {
    // The libhxl sample has country names under #country and no reach figures: rows are read, with findings.
    ImportResult<List<ActivityReport>> r = READER.withDefaultMonth(YearMonth.of(2015, 3))
        .readActivityReports(file("test_io-input-valid.csv"));
    assertEquals(3, r.value().size()); // the row dated "1 March 2015" is not a YYYY-MM month
    assertEquals("Colombia", r.value().get(0).country());
    assertTrue(r.report().findings().stream().anyMatch(f -> f.rule() == Rule.INVALID_COUNTRY
        && f.severity() == Severity.WARNING));
    assertTrue(r.report().findings().stream().anyMatch(f -> f.rule() == Rule.REQUIRED_FIELD
        && f.path().equals("line 3, #reached+new")));
    assertFalse(r.value().stream().anyMatch(a -> a.newBeneficiaries() != null));
  }
}
