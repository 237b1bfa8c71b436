package org.responseplan.imports.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportReport.Action;
import org.responseplan.imports.ImportReport.Line;
import org.responseplan.imports.ImportResult;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/** Hand-written HPC answers: values as strings, nulls, bad values, odd places, and malformed JSON. */
class HpcValuesTest {
  static ImportResult<Plan> read(String json) {
    return HpcReader.create().withPlanId(99)
        .readResponseMonitoring(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> findings(ImportReport r) {
    return r.findings().stream()
        .map(f -> f.severity().jsonName() + " " + f.rule().code() + " " + f.path() + " " + f.value()).toList();
  }

  static final String VALUES = """
      {"data": {
        "locations": [
          {"id": 1, "name": "Colombia", "adminLevel": 0, "pcode": "CO"},
          {"id": 2, "name": "Antioquia", "adminLevel": 1, "pcode": "CO05", "parentLocationId": 1},
          {"id": 3, "name": "Global", "adminLevel": 0, "pcode": null}
        ],
        "caseloads": [
          {"caseloadId": 1, "caseloadType": "plan", "caseloadDescription": "Plan caseload", "entityId": null,
           "inNeed": "123", "target": null, "affected": "abc", "totalPopulation": -5, "expectedReach": "1,234",
           "reached": "",
           "disaggregatedAttachments": [
             {"locationId": 2, "categoryLabel": "total", "categoryName": "Total",
              "dataMatrix": [{"metricType": "inNeed", "value": "100"}, {"metricType": "target", "value": null}]},
             {"locationId": 2, "categoryLabel": "Girls", "categoryName": "Girls",
              "dataMatrix": [{"metricType": "inNeed", "value": 200}, {"metricType": "target", "value": "12"},
                             {"metricType": "inNeedSevere", "value": 3}]},
             {"locationId": 3, "categoryLabel": "total", "categoryName": "Total",
              "dataMatrix": [{"metricType": "inNeed", "value": 5}]},
             {"locationId": 2, "categoryLabel": "Nomads", "categoryName": "Nomads",
              "dataMatrix": [{"metricType": "inNeed", "value": 7}]},
             {"locationId": 2, "categoryLabel": "IDPs", "categoryName": "Idps",
              "dataMatrix": [{"metricType": "inNeed", "value": true}, {"metricType": "affected", "value": "1.0"}]},
             {"locationId": 2, "categoryLabel": "Women", "categoryName": "Women",
              "dataMatrix": [{"metricType": "inNeed", "value": "-5"}]},
             {"locationId": 2, "categoryLabel": "Women", "categoryName": "Women",
              "dataMatrix": [{"metricType": "inNeed", "value": 1}]},
             {"locationId": 77, "categoryLabel": "Male", "categoryName": "Male",
              "dataMatrix": [{"metricType": "inNeed", "value": 1}]}
           ]},
          {"caseloadId": 2, "caseloadType": "cluster", "caseloadDescription": "Health",
           "availableGlobalClusterCode": "HEA", "entityId": 10, "inNeed": "50", "target": 2.5,
           "disaggregatedAttachments": null},
          {"caseloadId": 3, "caseloadType": "cluster", "caseloadDescription": "Cash",
           "availableGlobalClusterCode": "CASH", "entityId": 11, "inNeed": 40, "newField": {"a": [1, 2]}}
        ]}}
      """;

  @Test
  void stringsAndNullsGiveTheRightFigures() {
    ImportResult<Plan> r = read(VALUES);
    PeopleFigures people = r.value().getPeople().orElseThrow();
    assertEquals(OptionalLong.of(123), people.getInNeed(), "\"123\" is read exactly");
    assertEquals(OptionalLong.empty(), people.getTargeted(), "null is not reported, never 0");
    assertEquals(OptionalLong.empty(), people.getAffected(), "\"abc\" is skipped");
    assertEquals(OptionalLong.empty(), people.getTotalPopulation(), "-5 is skipped");
    assertEquals(OptionalLong.of(1234), people.getExpectedReach(), "\"1,234\" is read exactly");
    assertEquals(OptionalLong.empty(), people.getReached(), "an empty string is not reported, never 0");
    // What could not be used is kept verbatim.
    assertEquals(RawJson.of("{\"totalPopulation\":-5,\"affected\":\"abc\"}"),
        people.getExtensions().get("x-hpc-skipped"));

    List<PeopleCell> cells = people.getBreakdown();
    Location antioquia = cells.get(0).getLocation().orElseThrow();
    assertEquals("COL", antioquia.getCountry());
    assertEquals(Optional.of("CO05"), antioquia.getAdmin1Code());
    assertEquals(Optional.of("Antioquia"), antioquia.getAdmin1Name());
    assertEquals(List.of(
        "location=COL/CO05",
        "sex=female ageBand=0-17 location=COL/CO05",
        "populationGroup=hpc-category:nomads location=COL/CO05",
        "populationGroup=population-group:idps location=COL/CO05",
        "sex=female ageBand=18+ location=COL/CO05"), cells.stream().map(PeopleCell::getKey).toList());
    assertEquals(OptionalLong.of(100), cells.get(0).getInNeed());
    assertEquals(OptionalLong.empty(), cells.get(0).getTargeted());
    // Girls: 200 in need is above the caseload's 123 (a model invariant): set aside, the rest of the cell kept.
    PeopleCell girls = cells.get(1);
    assertEquals(Optional.of(Sex.FEMALE), girls.getSex());
    assertEquals(Optional.of(AgeBand.CHILDREN), girls.getAgeBand());
    assertEquals(OptionalLong.empty(), girls.getInNeed());
    assertEquals(OptionalLong.of(12), girls.getTargeted());
    assertEquals(RawJson.of("{\"inNeed\":200}"), girls.getExtensions().get("x-hpc-skipped"));
    assertEquals(RawJson.of("{\"inNeedSevere\":3}"), girls.getExtensions().get("x-hpc-other-metrics"));
    assertEquals(Optional.of(Code.of("hpc-category", "nomads")), cells.get(2).getPopulationGroup());
    assertEquals(OptionalLong.of(7), cells.get(2).getInNeed());
    // IDPs: true is no number; "1.0" is exactly 1.
    assertEquals(OptionalLong.empty(), cells.get(3).getInNeed());
    assertEquals(OptionalLong.of(1), cells.get(3).getAffected());
    // Women: "-5" is skipped; the second "Women" at the same place is a duplicate, kept verbatim, not imported.
    assertEquals(OptionalLong.empty(), cells.get(4).getInNeed());
    assertTrue(people.getExtensions().get("x-hpc-not-imported").json().contains("\"reason\":\"the same category"));
    assertTrue(people.getExtensions().get("x-hpc-not-imported").json().contains("location 3 (Global) has no ISO"));
    assertTrue(people.getExtensions().get("x-hpc-not-imported").json().contains("location 77 is not in"));

    Sector health = r.value().getSectors().get(0);
    assertEquals(Code.of("iasc-cluster", "HEA", "Health"), health.getCode(), "named by its description");
    assertEquals(OptionalLong.of(50), health.getPeople().orElseThrow().getInNeed());
    assertEquals(OptionalLong.empty(), health.getPeople().orElseThrow().getTargeted(), "2.5 people is no count");
    Sector cash = r.value().getSectors().get(1);
    assertEquals(Code.of("hpc-cluster", "CASH", "Cash"), cash.getCode());
    assertEquals(RawJson.of("{\"a\":[1,2]}"), cash.getExtensions().get("x-hpc-new-field"));
    assertEquals(List.of(Location.country("COL")), r.value().getOperationalPresence(), "Global has no ISO3");
  }

  @Test
  void badValuesGiveFindingsAndSkippedLines() {
    ImportReport report = read(VALUES).report();
    assertEquals(List.of(
        "warning invalid-country /data/locations/2 Global",
        // the caseload's totals, in the model's order of figures
        "error negative-count /data/caseloads/0/totalPopulation -5",
        "error invalid-value /data/caseloads/0/affected abc",
        // the attachments' values, in document order
        "error wrong-type /data/caseloads/0/disaggregatedAttachments/4/dataMatrix/0/value true",
        "error negative-count /data/caseloads/0/disaggregatedAttachments/5/dataMatrix/0/value -5",
        // then the attachments as cells
        "error cell-exceeds-total /data/caseloads/0/disaggregatedAttachments/1/dataMatrix/0/value 200",
        "warning invalid-value /data/caseloads/0/disaggregatedAttachments/2/locationId 3",
        "error duplicate-breakdown-cell /data/caseloads/0/disaggregatedAttachments/6 "
            + "sex=female ageBand=18+ location=COL/CO05",
        "warning invalid-value /data/caseloads/0/disaggregatedAttachments/7/locationId 77",
        "warning invalid-value /data/caseloads/1/target 2.5",
        "warning unknown-code /data/caseloads/2/availableGlobalClusterCode CASH"), findings(report));
    assertTrue(report.hasErrors());

    assertEquals(1, report.count(Action.SKIPPED, "caseloads[].affected"), "\"abc\"");
    assertEquals(1, report.count(Action.SKIPPED, "caseloads[].totalPopulation"), "-5");
    assertEquals(2, report.count(Action.SKIPPED, "caseloads[].target"), "null, and 2.5 people");
    assertEquals(1, report.count(Action.SKIPPED, "caseloads[].reached"), "\"\"");
    assertEquals(2, report.count(Action.DEFAULTED, "caseloads[].inNeed"), "\"123\" and \"50\" are strings");
    assertEquals(1, report.count(Action.DEFAULTED, "caseloads[].expectedReach"), "\"1,234\"");
    assertEquals(1, report.count(Action.MAPPED, "caseloads[].inNeed"), "40 is a number");
    Line abc = report.lines(Action.SKIPPED).stream().filter(l -> l.source().equals("caseloads[].affected"))
        .findFirst().orElseThrow();
    assertEquals("not a number (kept in x-hpc-skipped)", abc.reason());
    assertEquals("/data/caseloads/0/affected", abc.example());
    Line nul = report.lines(Action.SKIPPED).stream().filter(l -> l.source().equals("caseloads[].target"))
        .findFirst().orElseThrow();
    assertEquals("null: not reported, left empty (never 0)", nul.reason());
    assertEquals(3, report.count(Action.SKIPPED, "disaggregatedAttachments[]"), "Global, location 77, duplicate");
    assertEquals(1, report.count(Action.DEFAULTED, "disaggregatedAttachments[].categoryLabel=Nomads"));
    assertEquals(1, report.count(Action.KEPT, "dataMatrix[metricType=inNeedSevere]"));
    // Every finding of a value points at it: line and column in the source.
    assertTrue(report.findings().stream().filter(f -> f.path().endsWith("value")).allMatch(f -> f.line() > 1));
  }

  @Test
  void theImportOfBadValuesStillValidatesAndRoundTrips() {
    Plan plan = read(VALUES).value();
    assertEquals(List.of(), PlanValidator.create().validate(plan).errors().stream().map(Finding::toString).toList());
    byte[] written = PlanJson.writer().toBytes(plan);
    PlanReadResult back = PlanJson.reader().read(written);
    assertEquals(List.of(), back.findings());
    assertEquals(plan, back.plan().orElseThrow());
  }

  @Test
  void spanishMessages() {
    ImportResult<Plan> r = HpcReader.create().withLocale(java.util.Locale.forLanguageTag("es"))
        .readResponseMonitoring(new ByteArrayInputStream(VALUES.getBytes(StandardCharsets.UTF_8)));
    Finding negative = r.report().findings().stream().filter(f -> f.rule() == Rule.NEGATIVE_COUNT).findFirst()
        .orElseThrow();
    assertFalse(negative.message().startsWith("A number"), negative.message());
  }

  // ---- malformed input: findings, never exceptions ----

  @Test
  void malformedJsonGivesFindingsNeverExceptions() {
    record Case(String json, Rule rule) {}
    for (Case c : List.of(
        new Case("", Rule.JSON_SYNTAX),
        new Case("{\"data\": {\"caseloads\": [", Rule.JSON_SYNTAX),
        new Case("{\"data\": {\"caseloads\": [}]}}", Rule.JSON_SYNTAX),
        new Case("{\"data\": {}} {}", Rule.JSON_SYNTAX),
        new Case("{'data': {}}", Rule.JSON_SYNTAX),
        new Case("{\"data\": {\"caseloads\": [{\"inNeed\": NaN}]}}", Rule.JSON_SYNTAX),
        new Case("[]", Rule.WRONG_TYPE),
        new Case("{\"data\": 1}", Rule.WRONG_TYPE),
        new Case("{\"status\": 200}", Rule.REQUIRED_FIELD),
        new Case("{\"data\": {\"caseloads\": 5}}", Rule.WRONG_TYPE),
        new Case("{\"data\": {\"caseloads\": [5]}}", Rule.WRONG_TYPE),
        new Case("{\"data\": {\"locations\": {}, \"caseloads\": []}}", Rule.WRONG_TYPE),
        new Case("{\"data\": {\"caseloads\": [{\"caseloadType\": \"cluster\", \"inNeed\": 1, "
            + "\"disaggregatedAttachments\": [{\"locationId\": 1}]}]}}", Rule.REQUIRED_FIELD),
        new Case("{\"data\": {\"caseloads\": [{\"caseloadType\": \"cluster\", \"disaggregatedAttachments\": "
            + "[{\"locationId\": 1, \"categoryLabel\": \"total\", \"dataMatrix\": [{\"value\": 1}]}]}]}}",
            Rule.REQUIRED_FIELD),
        new Case("{\"data\": {\"caseloads\": [{\"inNeed\": 1e99999}]}}", Rule.JSON_LIMIT),
        new Case("{\"data\": {\"caseloads\": [{\"caseloadType\": \"plan\", \"inNeed\": \"-1e999\"}]}}",
            Rule.NEGATIVE_COUNT),
        new Case("{\"data\": {\"caseloads\": [{\"caseloadType\": \"plan\", \"inNeed\": 1e30}]}}",
            Rule.INVALID_VALUE),
        new Case("{\"data\": {\"caseloads\": [], \"caseloads\": []}}", Rule.DUPLICATE_KEY))) {
      ImportResult<Plan> r = read(c.json());
      assertTrue(r.report().findings().stream().anyMatch(f -> f.rule() == c.rule()),
          c.json() + " -> " + r.report().toText());
      assertEquals("hpc-99", r.value().getId(), c.json());
    }
    Finding syntax = read("{\"data\": {\"caseloads\": [}]}}").report().findings().get(0);
    assertEquals(1, syntax.line());
    assertEquals(25, syntax.column());
  }

  @Test
  void aFileThatCannotBeOpenedIsAFinding(@TempDir Path dir) {
    ImportResult<Plan> r = HpcReader.create().readResponseMonitoring(dir.resolve("plan-7-missing.json"));
    assertEquals(Rule.UNREADABLE, r.report().findings().get(0).rule());
    assertEquals("hpc-7", r.value().getId(), "the id is taken from the file name");
  }

  @Test
  void everyPrefixOfTheRealAnswerGivesAResultAndAFinding() throws IOException {
    byte[] bytes = Files.readAllBytes(HpcRealDataTest.JSON);
    for (int end = 0; end < bytes.length; end += 97) {
      ImportResult<Plan> r = HpcReader.create().withPlanId(1188)
          .readResponseMonitoring(new ByteArrayInputStream(bytes, 0, end));
      assertEquals(Rule.JSON_SYNTAX, r.report().findings().get(0).rule(), "prefix of " + end + " bytes");
      assertEquals("hpc-1188", r.value().getId());
    }
  }

  @Test
  void theJsonTestSuiteNeverMakesTheReaderThrow() throws IOException {
    Path suite = Path.of("src/test/resources/json-test-suite/test_parsing");
    if (!Files.isDirectory(suite)) {
      return; // the suite belongs to the JSON reader's tests
    }
    int files = 0;
    try (Stream<Path> list = Files.list(suite)) {
      for (Path p : list.sorted().toList()) {
        ImportResult<Plan> r = HpcReader.create().readResponseMonitoring(p);
        if (p.getFileName().toString().startsWith("n_")) {
          assertTrue(r.report().hasErrors(), p + " must be rejected");
        }
        files++;
      }
    }
    assertTrue(files > 300, "files: " + files);
  }

  @Test
  void aSecondPlanCaseloadIsKept() {
    ImportResult<Plan> r = read("""
        {"data": {"caseloads": [
          {"caseloadId": 1, "caseloadType": "plan", "inNeed": 10},
          {"caseloadId": 2, "caseloadType": "plan", "inNeed": 20}]}}
        """);
    assertEquals(OptionalLong.of(10), r.value().getPeople().orElseThrow().getInNeed());
    assertEquals(RawJson.of("[{\"caseloadId\":2,\"caseloadType\":\"plan\",\"inNeed\":20}]"),
        r.value().getExtensions().get("x-hpc-other-plan-caseloads"));
    assertEquals(Severity.INFO, r.report().findings().get(0).severity());
  }

  @Test
  void theAnswersOwnPlanIdentityIsUsedWhenPresent() {
    ImportResult<Plan> r = read("""
        {"data": {"planId": 1234, "planVersion": {"name": "Sudan HNRP 2025", "code": "HSDN25",
          "startDate": "2025-01-01T00:00:00.000Z", "endDate": "2025-12-31"},
          "lastPublishedDate": "2024-12-17", "caseloads": []}}
        """);
    Plan plan = r.value();
    assertEquals("hpc-1234", plan.getId());
    assertEquals("Sudan HNRP 2025", plan.getName());
    assertEquals(Optional.of("HSDN25"), plan.getCode());
    assertEquals(Optional.of(org.responseplan.model.Period.year(2025)), plan.getPeriod());
    assertEquals(Optional.of(java.time.LocalDate.of(2024, 12, 17)), plan.getLastUpdated());
    assertEquals(List.of(), r.report().findings());
  }

  @Test
  void countryFiguresBesideSubnationalOnesAreANationalBreakdown() {
    // The shape of other versions of the same answer: a caseload disaggregated at admin 0 and at admin 2, with
    // monitoring measurements (which the model has no place for in people figures: kept as an extension).
    ImportResult<Plan> r = read("""
        {"data": {"locations": [
            {"id": 212, "name": "Sudan", "adminLevel": 0, "pcode": "SD"},
            {"id": 25884881, "name": "Khartoum", "adminLevel": 1, "pcode": "SD01", "parentLocationId": 212},
            {"id": 25884957, "name": "Jebel Awlia", "adminLevel": 2, "pcode": "SD01001",
             "parentLocationId": 25884881}],
          "caseloads": [{"caseloadId": 44082, "caseloadType": "plan", "totalPopulation": 50990034,
            "inNeed": 24786370, "expectedReach": null, "disaggregatedAttachments": [
              {"locationId": 212, "categoryLabel": "IDPs", "categoryName": "Idps",
               "dataMatrix": [{"metricType": "inNeed", "value": 7071676}]},
              {"locationId": 212, "categoryLabel": "total", "categoryName": "Total",
               "dataMatrix": [{"metricType": "totalPopulation", "value": 50681990},
                              {"metricType": "inNeed", "value": 24786370}]},
              {"locationId": 25884957, "categoryLabel": "IDPs", "categoryName": "Idps",
               "dataMatrix": [{"metricType": "inNeed", "value": 7380}]},
              {"locationId": 25884957, "categoryLabel": "total", "categoryName": "Total",
               "dataMatrix": [{"metricType": "inNeed", "value": 621782}]}],
            "measurements": [{"monitoringPeriodId": 2931, "reached": 2206718}]}]}}
        """);
    PeopleFigures people = r.value().getPeople().orElseThrow();
    assertEquals(List.of("populationGroup=population-group:idps", "populationGroup=population-group:idps "
        + "location=SDN/SD01/SD01001", "location=SDN/SD01/SD01001"),
        people.getBreakdown().stream().map(PeopleCell::getKey).toList());
    assertEquals(OptionalLong.of(7_071_676), people.getBreakdown().get(0).getInNeed());
    assertTrue(people.getExtensions().get("x-hpc-not-imported").json().contains("50681990"),
        "the country's own total (not the caseload's) is kept");
    assertEquals(RawJson.of("[{\"monitoringPeriodId\":2931,\"reached\":2206718}]"),
        people.getExtensions().get("x-hpc-measurements"));
    assertEquals(OptionalLong.empty(), people.getExpectedReach());
    assertEquals(List.of(), PlanValidator.create().validate(r.value()).findings());
    assertEquals(List.of(), r.report().findings());
  }

  @Test
  void admin2WithoutAnAdmin0AncestorTakesTheCountryFromItsPcode() {
    ImportResult<Plan> r = read("""
        {"data": {"locations": [{"id": 5, "name": "Jebel Awlia", "adminLevel": 2, "pcode": "SD01001"}],
          "caseloads": [{"caseloadType": "plan", "inNeed": 10, "disaggregatedAttachments": [
            {"locationId": 5, "categoryLabel": "total", "dataMatrix": [{"metricType": "inNeed", "value": 4}]}]}]}}
        """);
    Location l = r.value().getPeople().orElseThrow().getBreakdown().get(0).getLocation().orElseThrow();
    assertEquals("SDN", l.getCountry());
    assertEquals(Optional.of("SD01001"), l.getAdmin2Code());
    assertEquals(Optional.empty(), l.getAdmin1Code());
    assertEquals(1, r.report().count(Action.DEFAULTED, "locations[].pcode"));
  }
}
