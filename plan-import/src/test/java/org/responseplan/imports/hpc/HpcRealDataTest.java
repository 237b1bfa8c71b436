package org.responseplan.imports.hpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.PlanRollup;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.csv.CsvReader;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.imports.internal.JsonTree.Arr;
import org.responseplan.imports.internal.JsonTree.Node;
import org.responseplan.imports.internal.JsonTree.Num;
import org.responseplan.imports.internal.JsonTree.Obj;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.io.json.ReadLimits;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.Severity;
import org.responseplan.model.validation.ValidationReport;

/**
 * The real HPC answer for plan 1188 (Sudan 2025) against the flat table HDX derives from it (both copied byte for
 * byte into {@code src/test/resources/hpc/}; see the README there).
 */
class HpcRealDataTest {
  static final Path DIR = Path.of("src/test/resources/hpc");
  static final Path JSON = DIR.resolve("hpc-response-monitoring-plan-1188.json");
  static final Path CSV = DIR.resolve("hpc-needs-plan-1188-flattened.csv");

  /** HDX's columns and the model's figures. HDX's "Reached" column holds HPC's {@code expectedReach}. */
  static final Map<String, PeopleMetric> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("Population", PeopleMetric.TOTAL_POPULATION);
    COLUMNS.put("In Need", PeopleMetric.IN_NEED);
    COLUMNS.put("Targeted", PeopleMetric.TARGETED);
    COLUMNS.put("Affected", PeopleMetric.AFFECTED);
    COLUMNS.put("Reached", PeopleMetric.EXPECTED_REACH);
  }

  static ImportResult<Plan> result;
  static Plan plan;

  @BeforeAll
  static void importOnce() {
    result = HpcReader.create().readResponseMonitoring(JSON);
    plan = result.value();
  }

  // ---- every figure of the flat table ----

  /** Where a CSV figure is in the model, or why it is not a count there. */
  private record Found(OptionalLong count, @Nullable String keptVerbatim, String place) {}

  @Test
  void everyFigureOfTheFlatTableIsReproduced() throws IOException {
    List<List<String>> rows = CsvReader.readAll(Files.readAllBytes(CSV));
    List<String> header = rows.get(0);
    assertEquals(List.of("Admin 1 PCode", "Admin 1 Name", "Admin 2 PCode", "Admin 2 Name", "Description", "Cluster",
        "Category", "Population", "In Need", "Targeted", "Affected", "Reached", "Info"), header);
    int compared = 0;
    int equalCounts = 0;
    int blankAndNotReported = 0;
    List<String> notReproduced = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      Map<String, String> r = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        r.put(header.get(i), row.get(i));
      }
      String where = r.get("Description") + " [" + r.get("Cluster") + "] " + r.get("Admin 2 PCode") + " "
          + (r.get("Category").isEmpty() ? "(national total)" : r.get("Category"));
      for (Map.Entry<String, PeopleMetric> col : COLUMNS.entrySet()) {
        compared++;
        String text = r.get(col.getKey());
        Found found = find(r, col.getValue());
        String what = where + " " + col.getKey() + " (" + found.place() + ")";
        if (text.isEmpty()) {
          if (found.count().isPresent() || found.keptVerbatim() != null) {
            failures.add(what + ": blank in the CSV, but the model has " + found);
          } else {
            blankAndNotReported++;
          }
        } else if (text.chars().allMatch(Character::isDigit)) {
          if (found.count().equals(OptionalLong.of(Long.parseLong(text)))) {
            equalCounts++;
          } else {
            failures.add(what + ": the CSV has " + text + ", the model " + found);
          }
        } else if (found.count().isEmpty() && found.keptVerbatim() != null
            && new BigDecimal(found.keptVerbatim()).compareTo(new BigDecimal(text)) == 0) {
          // Not a whole number of people: not a count in the model, kept verbatim in x-hpc-skipped.
          notReproduced.add(r.get("Cluster") + " " + r.get("Category") + " " + col.getKey() + " " + text);
        } else {
          failures.add(what + ": the CSV has " + text + ", the model " + found);
        }
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(127 * 5, compared, "127 rows x 5 figure columns");
    assertEquals(271, equalCounts, "figures equal as exact counts");
    assertEquals(355, blankAndNotReported, "blank in the CSV and not reported (empty, never 0) in the model");
    // The only figures that are not counts in the model: WSH targets at Jebel Awlia are fractional people in the
    // source (HDX writes them as they are). They are skipped with a finding, kept verbatim, and never rounded.
    assertEquals(List.of(
        "WSH Adult Targeted 77873.16",
        "WSH Children Targeted 126280.8",
        "WSH Disability Targeted 31570.2",
        "WSH Elderly Targeted 6314.04",
        "WSH Female Targeted 107338.68",
        "WSH Hostcommunities Targeted 5269.306391",
        "WSH IDPs Targeted 2114.982659",
        "WSH Male Targeted 103129.32",
        "WSH Non-Displaced Targeted 203083.7109"), notReproduced);
    assertEquals(compared, equalCounts + blankAndNotReported + notReproduced.size());
  }

  @Test
  void theModelHoldsNoFigureTheFlatTableLacks() {
    // The reverse direction: every count in the model is one of the 271 figures of the CSV.
    long counts = 0;
    List<PeopleFigures> all = new ArrayList<>();
    all.add(plan.getPeople().orElseThrow());
    plan.getSectors().forEach(s -> s.getPeople().ifPresent(all::add));
    for (PeopleFigures f : all) {
      counts += present(f);
      for (PeopleCell c : f.getBreakdown()) {
        counts += present(c);
      }
    }
    assertEquals(271, counts);
  }

  private static long present(org.responseplan.model.PeopleCounts c) {
    long n = 0;
    for (PeopleMetric m : PeopleMetric.values()) {
      n += m.of(c).isPresent() ? 1 : 0;
    }
    return n;
  }

  private static Found find(Map<String, String> r, PeopleMetric metric) {
    PeopleFigures figures = figures(r.get("Description"), r.get("Cluster"));
    String category = r.get("Category");
    String adm2 = r.get("Admin 2 PCode");
    assertTrue(r.get("Admin 1 PCode").isEmpty(), "this table has admin-2 rows only: " + r);
    if (adm2.isEmpty()) {
      assertTrue(category.isEmpty(), "national rows have no category: " + r);
      return new Found(metric.of(figures), skippedValue(figures.getExtensions(), metric), "totals");
    }
    List<PeopleCell> cells = figures.getBreakdown().stream()
        .filter(c -> c.getLocation().flatMap(Location::getAdmin2Code).equals(Optional.of(adm2)))
        .filter(c -> matches(c, category))
        .toList();
    assertEquals(1, cells.size(), "exactly one cell for " + r + ": " + cells);
    PeopleCell cell = cells.get(0);
    assertEquals(Optional.of(r.get("Admin 2 Name")), cell.getLocation().flatMap(Location::getAdmin2Name));
    assertEquals("SDN", cell.getLocation().orElseThrow().getCountry());
    return new Found(metric.of(cell), skippedValue(cell.getExtensions(), metric), cell.getKey());
  }

  /** The documented mapping of the categories in this table onto cell dimensions (docs/formats/hpc.md). */
  private static boolean matches(PeopleCell c, String category) {
    return switch (category) {
      case "total" -> c.getDimensions().equals("location");
      case "Female" -> c.getDimensions().equals("sex+location") && c.getSex().equals(Optional.of(Sex.FEMALE));
      case "Male" -> c.getDimensions().equals("sex+location") && c.getSex().equals(Optional.of(Sex.MALE));
      case "Children" -> c.getDimensions().equals("ageBand+location")
          && c.getAgeBand().equals(Optional.of(AgeBand.CHILDREN));
      case "Adult" -> c.getDimensions().equals("ageBand+location")
          && c.getAgeBand().map(a -> a.fromYears() == 18).orElse(false);
      case "Elderly" -> c.getDimensions().equals("ageBand+location")
          && c.getAgeBand().equals(Optional.of(new AgeBand(60, null)));
      case "IDPs" -> group(c, "population-group", "idps");
      case "Refugees" -> group(c, "population-group", "refugees");
      case "Hostcommunities" -> group(c, "population-group", "host-community");
      case "Non-Displaced" -> group(c, "hpc-category", "non-displaced");
      // Subsets: people also counted in the other cells, in subset cells of their own.
      case "Disability" -> subset(c, Code.of("people-subset", "disability"));
      case "Famine Response" -> subset(c, Code.of("hpc-category", "famine-response"));
      default -> throw new AssertionError("a category the test does not know: " + category);
    };
  }

  private static boolean subset(PeopleCell c, Code code) {
    return c.getDimensions().equals("location+subset") && c.getSubset().equals(Optional.of(code));
  }

  private static boolean group(PeopleCell c, String vocabulary, String code) {
    return c.getDimensions().equals("populationGroup+location")
        && c.getPopulationGroup().map(g -> g.getVocabulary().equals(vocabulary) && g.getCode().equals(code))
            .orElse(false);
  }

  private static PeopleFigures figures(String description, String cluster) {
    if (cluster.equals("ALL")) {
      return plan.getPeople().orElseThrow();
    }
    List<Sector> sectors = plan.getSectors().stream()
        .filter(s -> cluster.isEmpty()
            ? s.getCode().getVocabulary().equals("hpc-cluster") && s.getDescription().equals(Optional.of(description))
            : s.getCode().getCode().equals(cluster))
        .toList();
    assertEquals(1, sectors.size(), description + " [" + cluster + "]");
    assertEquals(Optional.of(description), sectors.get(0).getDescription());
    return sectors.get(0).getPeople().orElseThrow();
  }

  private static @Nullable String skippedValue(Map<String, RawJson> extensions, PeopleMetric metric) {
    RawJson raw = extensions.get("x-hpc-skipped");
    return raw == null ? null : ((Obj) parse(raw.json())).text(metric.jsonName());
  }

  static Node parse(String json) {
    JsonTree.Parsed parsed = JsonTree.parser(ReadLimits.DEFAULT)
        .parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    if (!parsed.duplicates().isEmpty()) {
      throw new AssertionError("duplicate " + parsed.duplicates().get(0).pointer());
    }
    return Objects.requireNonNull(parsed.root(), () -> "not JSON: " + parsed.failure());
  }


  // ---- what the import made of the answer ----

  @Test
  void thePlanItsCaseloadAndItsClusters() {
    assertEquals("hpc-1188", plan.getId());
    assertEquals("HPC plan 1188", plan.getName()); // the answer does not name its plan
    assertEquals(Optional.of(java.time.LocalDate.of(2024, 12, 17)), plan.getLastUpdated());
    assertEquals(List.of(Location.country("SDN")), plan.getOperationalPresence());
    PeopleFigures people = plan.getPeople().orElseThrow();
    assertEquals(OptionalLong.of(50_990_034), people.getTotalPopulation());
    assertEquals(OptionalLong.of(28_928_873), people.getAffected());
    assertEquals(OptionalLong.of(24_786_370), people.getInNeed());
    assertEquals(OptionalLong.of(14_657_114), people.getTargeted());
    assertEquals(OptionalLong.of(14_000_000), people.getExpectedReach());
    assertEquals(OptionalLong.empty(), people.getReached());
    assertEquals(RawJson.of("44082"), people.getExtensions().get("x-hpc-caseload-id"));
    assertEquals(RawJson.string("Final HRP caseload"), people.getExtensions().get("x-hpc-caseload-description"));

    List<String> codes = plan.getSectors().stream().map(s -> s.getCode().toString()).toList();
    assertEquals(List.of("iasc-cluster:CCM", "iasc-cluster:EDU", "iasc-cluster:FSC", "iasc-cluster:HEA",
        "iasc-cluster:MS", "iasc-cluster:NUT", "iasc-cluster:PRO", "iasc-cluster:PRO-GBV", "iasc-cluster:PRO-CPN",
        "iasc-cluster:PRO-MIN", "hpc-cluster:entity-7454", "iasc-cluster:SHL", "iasc-cluster:WSH"), codes);
    Sector mpc = plan.getSectors().get(4);
    assertEquals(RawJson.string("MPC"), mpc.getExtensions().get("x-hpc-available-global-cluster-code"));
    assertEquals(RawJson.of("7577"), mpc.getExtensions().get("x-hpc-entity-id"));
    Sector refugees = plan.getSectors().get(10);
    assertEquals(Optional.of("Refugee Response"), refugees.getDescription());
    assertEquals(RawJson.of("44657"), refugees.getExtensions().get("x-hpc-caseload-id"));
    assertEquals(Map.of("entity-7454", "Refugee Response"), plan.getVocabularies().get(0).getCodes());
    assertEquals("hpc-category", plan.getVocabularies().get(1).getId());
    assertEquals(List.of("non-displaced", "famine-response"),
        List.copyOf(plan.getVocabularies().get(1).getCodes().keySet()));
    assertEquals(RawJson.string("2.15"), plan.getExtensions().get("x-hpc-last-published-version"));
    assertNotNull(plan.getExtensions().get("x-hpc-plan-global-clusters"));
  }

  @Test
  void adultsAre18To59WhereElderlyAreReportedElse18AndOver() {
    Map<String, String> adults = new LinkedHashMap<>();
    for (Sector s : plan.getSectors()) {
      s.getPeople().orElseThrow().getBreakdown().stream()
          .filter(c -> c.getAgeBand().map(a -> a.fromYears() == 18).orElse(false))
          .forEach(c -> adults.put(s.getCode().getCode(), c.getAgeBand().orElseThrow().toString()));
    }
    // Children + adults (+ elderly) add up to the location's total in each of these caseloads.
    assertEquals(Map.of("FSC", "18-59", "HEA", "18-59", "NUT", "18+", "PRO", "18-59", "PRO-GBV", "18-59",
        "PRO-CPN", "18+", "entity-7454", "18-59", "SHL", "18-59", "WSH", "18-59"), adults);
    assertEquals(Optional.of(new AgeBand(18, 59)), plan.getPeople().orElseThrow().getBreakdown().stream()
        .filter(c -> c.getAgeBand().map(a -> a.fromYears() == 18).orElse(false)).findFirst()
        .flatMap(PeopleCell::getAgeBand));
  }

  @Test
  void theImportReportNamesEveryProblemOfTheSource() {
    ImportReport report = result.report();
    assertFalse(report.hasErrors(), report.toText());
    List<String> findings = report.findings().stream()
        .map(f -> f.severity().jsonName() + " " + f.rule().code() + " " + f.path() + " " + f.value()).toList();
    assertEquals(List.of(
        // Plan caseload at Jebel Awlia: children + adults + elderly = 1,399,611, one more than the total population.
        "warning breakdown-sum-exceeds-total /data/caseloads/0/disaggregatedAttachments/11/dataMatrix/0/value 1399610",
        "warning breakdown-sum-exceeds-total /data/caseloads/2/disaggregatedAttachments/7/dataMatrix/1/value 101817",
        // FSC's famine-response subset targets more people than FSC's total target at Jebel Awlia.
        "warning cell-exceeds-total /data/caseloads/3/disaggregatedAttachments/8/dataMatrix/1/value 375441",
        "warning breakdown-sum-exceeds-total /data/caseloads/6/disaggregatedAttachments/9/dataMatrix/1/value 60599",
        "warning breakdown-sum-exceeds-total /data/caseloads/6/disaggregatedAttachments/9/dataMatrix/1/value 60599",
        "warning breakdown-sum-exceeds-total /data/caseloads/9/disaggregatedAttachments/7/dataMatrix/1/value 8905",
        "warning breakdown-sum-exceeds-total /data/caseloads/9/disaggregatedAttachments/7/dataMatrix/1/value 8905",
        // "Refugee Response" (entity 7454) has no global cluster.
        "warning unknown-code /data/caseloads/11/availableGlobalClusterCode n/a",
        // SHL at Jebel Awlia: female + male and the age bands add up to 274,237 in need, above the total 265,427.
        "warning breakdown-sum-exceeds-total /data/caseloads/12/disaggregatedAttachments/9/dataMatrix/0/value 265427",
        "warning breakdown-sum-exceeds-total /data/caseloads/12/disaggregatedAttachments/9/dataMatrix/0/value 265427",
        "warning invalid-value /data/caseloads/13/disaggregatedAttachments/0/dataMatrix/1/value 2114.982659",
        "warning invalid-value /data/caseloads/13/disaggregatedAttachments/1/dataMatrix/1/value 5269.306391",
        "warning invalid-value /data/caseloads/13/disaggregatedAttachments/2/dataMatrix/1/value 203083.7109",
        "warning invalid-value /data/caseloads/13/disaggregatedAttachments/3/dataMatrix/1/value 107338.68",
        "warning invalid-value /data/caseloads/13/disaggregatedAttachments/4/dataMatrix/1/value 103129.32",
        "warning invalid-value /data/caseloads/13/disaggregatedAttachments/5/dataMatrix/1/value 126280.8",
        "warning invalid-value /data/caseloads/13/disaggregatedAttachments/6/dataMatrix/1/value 77873.16",
        "warning invalid-value /data/caseloads/13/disaggregatedAttachments/7/dataMatrix/1/value 6314.04",
        "warning invalid-value /data/caseloads/13/disaggregatedAttachments/8/dataMatrix/1/value 31570.2"),
        findings);
    assertTrue(report.findings().stream().allMatch(f -> f.line() > 0), "every finding has a line and column");
    assertEquals(9, report.count(ImportReport.Action.SKIPPED, "dataMatrix[metricType=target].value"));
    assertEquals(1, report.count(ImportReport.Action.DEFAULTED, "caseloads[].entityId"));
    assertEquals(1, report.count(ImportReport.Action.DEFAULTED, "planGlobalClusters[].globalClusterCode"));
    assertEquals(11, report.count(ImportReport.Action.MAPPED, "caseloads[].availableGlobalClusterCode"));
    // Subsets are subset cells, with the reason in their report line.
    assertEquals(7, report.count(ImportReport.Action.DEFAULTED,
        "disaggregatedAttachments[].categoryLabel=Disability"));
    assertEquals(7, report.count(ImportReport.Action.DEFAULTED,
        "disaggregatedAttachments[].categoryLabel=Famine Response"));
    assertTrue(report.lines().stream().anyMatch(l -> l.source().equals(
        "disaggregatedAttachments[].categoryLabel=Famine Response") && l.reason().contains("a subset cell")),
        report.lines().toString());
    assertEquals(11, report.count(ImportReport.Action.DEFAULTED,
        "disaggregatedAttachments[].categoryLabel=Non-Displaced"));
  }

  // ---- validation and round trip ----

  @Test
  void theImportedPlanValidatesWithoutErrors() {
    ValidationReport report = PlanValidator.create().validate(plan);
    List<String> findings = report.findings().stream()
        .map(f -> f.severity().jsonName() + " " + f.rule().code() + " " + f.path() + " " + f.value()).toList();
    // The one consistency finding is the data's own: Nutrition targets 52,762 children at Jebel Awlia, of 26,053
    // children in need (a warning: targeting more people than are in need is possible, and is worth a look).
    assertEquals(List.of("warning targeted-exceeds-in-need /sectors/5/people/breakdown/6/targeted 52762"), findings);
    assertEquals("NUT", plan.getSectors().get(5).getCode().getCode());
    assertEquals(Optional.of(AgeBand.CHILDREN), plan.getSectors().get(5).getPeople().orElseThrow().getBreakdown()
        .get(6).getAgeBand());
    assertFalse(report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
  }

  @Test
  void theImportedPlanRoundTripsThroughPlanJson() {
    byte[] written = PlanJson.writer().toBytes(plan);
    PlanReadResult read = PlanJson.reader().read(written);
    assertEquals(List.of(), read.findings());
    assertEquals(plan, read.plan().orElseThrow());
    assertArrayEquals(written, PlanJson.writer().toBytes(read.plan().orElseThrow()));
  }

  @Test
  void importingTwiceGivesTheSamePlanAndReport() throws IOException {
    ImportResult<Plan> again = HpcReader.create().withPlanId(1188)
        .readResponseMonitoring(new ByteArrayInputStream(Files.readAllBytes(JSON)));
    assertEquals(plan, again.value());
    assertEquals(result.report().findings(), again.report().findings());
  }

  // ---- intersectoral versus sectoral ----

  @Test
  void theIntersectoralFigureIsAtLeastTheLargestSectoralOneInEveryArea() {
    PlanRollup rollup = PlanRollup.of(plan);
    int compared = 0;
    for (Dimension area : List.of(Dimension.COUNTRY, Dimension.ADM1, Dimension.ADM2)) {
      IndicatorTable intersectoral = rollup.by(area);
      IndicatorTable sectoral = rollup.by(Dimension.SECTOR, area);
      Map<Object, Integer> rowOfArea = new LinkedHashMap<>();
      for (int i = 0; i < intersectoral.size(); i++) {
        rowOfArea.put(Objects.requireNonNull(intersectoral.get(i, area.column()), "area rows: " + intersectoral),
            i);
      }
      assertEquals(1, rowOfArea.size(), "one area at each level (SDN, SD01, SD01001): " + intersectoral);
      for (int i = 0; i < sectoral.size(); i++) {
        Object place = sectoral.get(i, area.column());
        if (place == null) {
          continue; // a sector with national figures only (CCM) has no area
        }
        Integer row = rowOfArea.get(place);
        assertNotNull(row, "the sectors' area " + place + " has an intersectoral row");
        for (String measure : List.of("in_need", "targeted", "reached")) {
          Object s = sectoral.get(i, measure);
          if (s == null) {
            continue;
          }
          Object x = intersectoral.get(row, measure);
          assertNotNull(x, measure + " at " + place);
          assertTrue((Long) x >= (Long) s, measure + " at " + place + ": intersectoral " + x + " < sector "
              + sectoral.get(i, "sector") + " " + s);
          compared++;
        }
      }
      // The plan's groups at Jebel Awlia partition its published totals: the rollup gives the published figures,
      // so Disability and Famine Response (kept as subsets, not groups) are not counted twice.
      assertEquals(621_782L, intersectoral.get(0, "in_need"), area.column());
      assertEquals(375_441L, intersectoral.get(0, "targeted"), area.column());
    }
    // 11 sectors with cells at Jebel Awlia x (in need, targeted) x 3 area levels. CCM states national figures only;
    // MS reports only its famine-response subset there, which is no cell: both are rows without an area.
    assertEquals(66, compared);
  }

  @Test
  void thePublishedPlanWideFigureIsAtLeastEverySectoralOne() {
    PeopleFigures planPeople = plan.getPeople().orElseThrow();
    Map<String, PeopleCell> planTotals = new LinkedHashMap<>();
    for (PeopleCell c : planPeople.getBreakdown()) {
      if (c.getDimensions().equals("location")) {
        planTotals.put(c.getLocation().orElseThrow().toString(), c);
      }
    }
    assertEquals(List.of("SDN/SD01/SD01001"), List.copyOf(planTotals.keySet()));
    int national = 0;
    int byArea = 0;
    for (Sector s : plan.getSectors()) {
      PeopleFigures f = s.getPeople().orElseThrow();
      for (PeopleMetric m : PeopleMetric.values()) {
        if (m.of(f).isPresent()) {
          assertTrue(m.of(planPeople).getAsLong() >= m.of(f).getAsLong(), s.getId() + " " + m);
          national++;
        }
      }
      for (PeopleCell c : f.getBreakdown()) {
        if (!c.getDimensions().equals("location")) {
          continue;
        }
        PeopleCell published = planTotals.get(c.getLocation().orElseThrow().toString());
        for (PeopleMetric m : PeopleMetric.values()) {
          if (m.of(c).isPresent()) {
            assertTrue(m.of(published).getAsLong() >= m.of(c).getAsLong(), s.getId() + " " + c.getKey() + " " + m);
            byArea++;
          }
        }
      }
    }
    assertEquals(26, national, "13 sectors x (in need, targeted)");
    assertEquals(22, byArea, "11 sectors with a published total at Jebel Awlia x (in need, targeted)");
  }

  @Test
  void theRollupOfASectorByAreaIsItsPublishedFigureThere() {
    // A property of the data worth knowing: in NUT and PRO-MIN the population groups at Jebel Awlia do not add up to
    // the published location total in need (92,122 of 142,900 and 441,381 of 448,723). A sector's row by area is
    // the figure it states by area (its cells by location alone), not the sum of its groups.
    IndicatorTable t = PlanRollup.of(plan).by(Dimension.SECTOR, Dimension.ADM2);
    Map<String, Object> inNeed = new LinkedHashMap<>();
    for (int i = 0; i < t.size(); i++) {
      if ("SD01001".equals(t.get(i, "adm2"))) {
        inNeed.put((String) t.get(i, "sector"), t.get(i, "in_need"));
      }
    }
    assertEquals(142_900L, inNeed.get("NUT"));
    assertEquals(448_723L, inNeed.get("PRO-MIN"));
    IndicatorTable byGroup = PlanRollup.of(plan).by(Dimension.SECTOR, Dimension.ADM2, Dimension.POPULATION_GROUP);
    long groups = 0;
    for (int i = 0; i < byGroup.size(); i++) {
      if ("NUT".equals(byGroup.get(i, "sector"))) {
        groups += (Long) Objects.requireNonNull(byGroup.get(i, "in_need"));
      }
    }
    assertEquals(92_122L, groups, "by group, the groups as stated");
    assertEquals(598_658L, inNeed.get("WSH")); // groups = total
    Code nut = plan.getSectors().get(5).getCode();
    assertEquals("NUT", nut.getCode());
  }
}
