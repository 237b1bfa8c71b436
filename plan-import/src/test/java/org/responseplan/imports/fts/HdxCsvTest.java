package org.responseplan.imports.fts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.imports.fts.FtsFiles.CLUSTERS_CSV;
import static org.responseplan.imports.fts.FtsFiles.PLANS_CSV;
import static org.responseplan.imports.fts.FtsFiles.fundingTotal;
import static org.responseplan.imports.fts.FtsFiles.numberExtension;
import static org.responseplan.imports.fts.FtsFiles.plan;
import static org.responseplan.imports.fts.FtsFiles.sector;
import static org.responseplan.imports.fts.FtsFiles.usd;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.Calculation;
import org.responseplan.indicators.Calculators;
import org.responseplan.indicators.FundingFigures;
import org.responseplan.indicators.Rounding;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.Extensible;
import org.responseplan.model.Location;
import org.responseplan.model.Money;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;

/** The two HDX tables derived from FTS, and their published {@code percentFunded}. */
class HdxCsvTest {
  private static final ImportResult<List<Plan>> PLANS =
      FtsReader.create().readRequirementsFundingCsv(FtsFiles.path(PLANS_CSV));
  private static final ImportResult<List<Plan>> CLUSTERS =
      FtsReader.create().readClusterCsv(FtsFiles.path(CLUSTERS_CSV));

  /** The tally of one comparison run: values reproduced, blanks matched by an undefined coverage, failures. */
  private static final class Tally {
    int numbers;
    int blanks;
    final List<String> failures = new ArrayList<>();

    void check(String row, Extensible owner, Optional<Money> funding, Optional<Money> requirements) {
      Optional<BigDecimal> published = numberExtension(owner, FtsReader.PERCENT_FUNDED_EXTENSION);
      Calculation c = Calculators.fundingCoverage(
          FundingFigures.builder().requirements(requirements.orElse(null)).funding(funding.orElse(null)).build());
      if (published.isEmpty()) {
        // HDX leaves percentFunded blank where a figure is missing: the coverage must be undefined, and say why.
        if (c.isDefined()) {
          failures.add(row + ": HDX blank, computed " + c.percent(Rounding.HDX).orElseThrow());
        } else if (!c.reason().endsWith("not reported") && !c.reason().endsWith("is zero")) {
          failures.add(row + ": HDX blank, undefined for another reason: " + c.reason());
        } else {
          blanks++;
        }
      } else {
        Optional<BigDecimal> computed = c.percent(Rounding.HDX);
        if (computed.isPresent() && computed.get().compareTo(published.get()) == 0) {
          numbers++;
        } else {
          failures.add(row + ": HDX " + published.get() + ", computed " + computed.map(BigDecimal::toPlainString)
              .orElse("undefined (" + c.reason() + ")") + "; " + c.explain());
        }
      }
    }
  }

  /** All 8 rows of the plan table: 4 percentages reproduced, 4 blanks matched by an undefined coverage. */
  @Test
  void everyPercentFundedOfThePlanTableIsReproduced() {
    Tally t = new Tally();
    for (Plan p : PLANS.value()) {
      t.check(p.getId(), p, fundingTotal(p), p.getRequirements());
    }
    assertEquals(List.of(), t.failures);
    assertEquals(8, PLANS.value().size());
    assertEquals(4, t.numbers);
    assertEquals(4, t.blanks);
    assertEquals(4, PLANS.report().count(ImportReport.Action.KEPT, "percentFunded"));
    assertEquals(4, PLANS.report().count(ImportReport.Action.DEFAULTED, "percentFunded"), "blanks kept as null");
  }

  /**
   * All 40 rows of the cluster table: 31 percentages reproduced (including 0 for a cluster with funding 0, and 1074
   * for a cluster funded more than ten times over: never capped), 9 blanks matched by an undefined coverage
   * (requirements missing in 8 rows, funding missing in 1: JOR Education COVID-19).
   */
  @Test
  void everyPercentFundedOfTheClusterTableIsReproduced() {
    Tally t = new Tally();
    int rows = 0;
    for (Plan p : CLUSTERS.value()) {
      for (Sector s : p.getSectors()) {
        t.check(p.getId() + " " + s.getCode().getName().orElse(s.getId()), s, fundingTotal(s), s.getRequirements());
        rows++;
      }
    }
    assertEquals(List.of(), t.failures);
    assertEquals(40, rows);
    assertEquals(31, t.numbers);
    assertEquals(9, t.blanks);
    assertEquals(31, CLUSTERS.report().count(ImportReport.Action.KEPT, "percentFunded"));
    assertEquals(9, CLUSTERS.report().count(ImportReport.Action.DEFAULTED, "percentFunded"), "blanks kept as null");

    Sector multiSector = sector(plan(CLUSTERS.value(), "fts-1010"), "5831");
    assertEquals(new BigDecimal("1074"), Calculators.fundingCoverage(FundingFigures.of(multiSector)).percent(Rounding.HDX).orElseThrow());
    Sector educationCovid = sector(plan(CLUSTERS.value(), "fts-1010"), "5832");
    assertEquals(Optional.of(usd(600_000)), educationCovid.getRequirements());
    assertTrue(educationCovid.getFunding().isEmpty(), "a blank funding is not reported, not 0");
    assertEquals("funding not reported",
        Calculators.fundingCoverage(FundingFigures.of(educationCovid)).reason());
  }

  @Test
  void rowsWithoutAPlanIdAreKeptAsPlansOfTheirOwn() {
    assertEquals(List.of("fts-929", "fts-1006", "fts-not-specified-AFG-2020", "fts-943", "fts-1010",
        "fts-not-specified-JOR-2020", "fts-832", "fts-not-specified-PSE-2020"),
        PLANS.value().stream().map(Plan::getId).toList());
    Plan afg = plan(PLANS.value(), "fts-not-specified-AFG-2020");
    assertEquals("Not specified", afg.getName());
    assertEquals(List.of(Location.country("AFG")), afg.getOperationalPresence());
    assertEquals(Optional.of(usd(146_123_534L)), fundingTotal(afg));
    assertTrue(afg.getRequirements().isEmpty());
    assertEquals("2020", afg.getExtensions().get("x-hdx-year").json());
    assertEquals(Optional.of(usd(98_392_138L)), fundingTotal(plan(PLANS.value(), "fts-not-specified-JOR-2020")));
    assertEquals(Optional.of(usd(86_430_267L)), fundingTotal(plan(PLANS.value(), "fts-not-specified-PSE-2020")));
    assertEquals(3, PLANS.report().count(ImportReport.Action.DEFAULTED, "id"));
    assertEquals(List.of(), PLANS.report().findings());
  }

  @Test
  void unattributedClusterRowsAreKeptAsSectorsWithTheirFunding() {
    assertEquals(List.of("fts-929", "fts-1010", "fts-832"), CLUSTERS.value().stream().map(Plan::getId).toList());
    assertEquals(List.of(), CLUSTERS.report().findings());
    long[][] expected = {{160_548_636L, 24_156_904L}, {16_135_147L, 0L}, {41_594_013L, 7_456_391L}};
    for (int i = 0; i < 3; i++) {
      Plan p = CLUSTERS.value().get(i);
      Sector notSpecified = sector(p, FtsReader.NOT_SPECIFIED);
      Sector shared = sector(p, FtsReader.SHARED);
      assertEquals(Optional.of(usd(expected[i][0])), fundingTotal(notSpecified), p.getId());
      assertEquals(Optional.of(usd(expected[i][1])), fundingTotal(shared), p.getId() + ": 0 is kept, not dropped");
      assertTrue(notSpecified.getRequirements().isEmpty() && shared.getRequirements().isEmpty());
    }
    assertEquals(6, CLUSTERS.report().count(ImportReport.Action.DEFAULTED, "clusterCode"));
    Plan pse = plan(CLUSTERS.value(), "fts-832");
    assertEquals(15, pse.getSectors().size(), "13 clusters, Not specified and shared");
    assertTrue(pse.getRequirements().isEmpty(), "the cluster table has no plan totals");
  }

  /** Plans that cover one country have the same figures in the HDX plan table as in the FTS plan overview. */
  @Test
  void singleCountryPlansAgreeWithTheFtsOverview() {
    List<Plan> overview = FtsReader.create().readPlanOverview(FtsFiles.path(FtsFiles.OVERVIEW)).value();
    for (String id : List.of("fts-929", "fts-1010", "fts-832")) {
      Plan hdx = plan(PLANS.value(), id);
      Plan fts = plan(overview, id);
      assertEquals(fts.getRequirements(), hdx.getRequirements(), id);
      assertEquals(fundingTotal(fts), fundingTotal(hdx), id);
      assertEquals(fts.getPlanType(), hdx.getPlanType(), id);
      assertEquals(fts.getPeriod(), hdx.getPeriod(), id);
      assertEquals(fts.getCode(), hdx.getCode(), id);
    }
    // A regional plan's row is the country's part: 3RP in Jordan, not the whole plan.
    assertFalse(plan(PLANS.value(), "fts-943").getRequirements().equals(plan(overview, "fts-943").getRequirements()));
  }

  @Test
  void aPlanListedUnderSeveralCountriesBecomesOnePlanPerCountry() {
    String csv = "countryCode,id,name,code,typeId,typeName,startDate,endDate,year,requirements,funding,percentFunded\n"
        + "JOR,943,3RP 2020,RSYR20,111,Regional response plan,2020-01-01,2020-12-31,2020,100,50,50\n"
        + "LBN,943,3RP 2020,RSYR20,111,Regional response plan,2020-01-01,2020-12-31,2020,200,20,10\n";
    ImportResult<List<Plan>> r = FtsReader.create()
        .readRequirementsFundingCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("fts-943-JOR", "fts-943-LBN"), r.value().stream().map(Plan::getId).toList());
    assertEquals(2, r.report().count(ImportReport.Action.DEFAULTED, "id"));
    assertEquals(List.of(), r.report().findings());
  }
}
