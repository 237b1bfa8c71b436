package org.responseplan.imports.fts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.io.json.ReadLimits;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/** Malformed input gives findings in the report, never an exception; what is imported is still valid. */
class FtsMalformedInputTest {
  private static final FtsReader FTS = FtsReader.create();

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static ImportResult<List<Plan>> overview(String json) {
    return FTS.readPlanOverview(in(json));
  }

  private static String plan(String members) {
    return "{\"status\": \"ok\", \"data\": {\"plans\": [{\"id\": 1, \"name\": \"P\"" + members + "}]}}";
  }

  private static Finding only(ImportReport report, Rule rule) {
    List<Finding> matching = report.findings().stream().filter(f -> f.rule() == rule).toList();
    assertEquals(1, matching.size(), () -> "expected one " + rule.code() + " in " + report.findings());
    return matching.get(0);
  }

  private static void allValid(List<Plan> plans) {
    for (Plan p : plans) {
      assertEquals(List.of(), PlanValidator.create().validate(p).errors(), p.getId());
    }
  }

  @Test
  void notJsonIsASyntaxFindingWithLineAndColumn() {
    ImportResult<List<Plan>> r = overview("{\"data\": {\"plans\": [\n  {\"id\": 1,, }]}}");
    Finding f = only(r.report(), Rule.JSON_SYNTAX);
    assertEquals(2, f.line());
    assertTrue(f.column() > 1);
    assertEquals(List.of(), r.value());
    assertTrue(r.report().hasErrors());
    for (String text : List.of("", "   ", "nope", "{", "{\"data\": 1} trailing", "[1,]", "{'a': 1}", "NaN")) {
      ImportResult<List<Plan>> bad = overview(text);
      assertEquals(List.of(), bad.value(), text);
      assertTrue(bad.report().findings().stream().anyMatch(x -> x.rule() == Rule.JSON_SYNTAX), text);
    }
  }

  @Test
  void bytesThatAreNotUtf8AreAFindingNotAnException() {
    byte[] latin1 = "{\"data\": {\"plans\": [{\"id\": 1, \"name\": \"Bogotá\"}]}}".getBytes(StandardCharsets.ISO_8859_1);
    ImportResult<List<Plan>> r = FTS.readPlanOverview(new ByteArrayInputStream(latin1));
    assertTrue(r.report().hasErrors(), r.report().toText());
  }

  @Test
  void aWrongShapeIsAWrongTypeFindingAtItsPointer() {
    assertEquals("", only(overview("[1, 2]").report(), Rule.WRONG_TYPE).path());
    assertEquals("/data/plans", only(overview("{\"data\": {\"plans\": {}}}").report(), Rule.WRONG_TYPE).path());
    assertEquals("/data", only(overview("{\"data\": []}").report(), Rule.WRONG_TYPE).path());
    assertEquals("/data", only(overview("{\"status\": \"ok\"}").report(), Rule.REQUIRED_FIELD).path());
    assertEquals("/data/plans", only(overview("{\"data\": {}}").report(), Rule.REQUIRED_FIELD).path());

    ImportResult<List<Plan>> r = overview("{\"data\": {\"plans\": [7, {\"id\": 2, \"name\": \"ok\"}]}}");
    Finding f = only(r.report(), Rule.WRONG_TYPE);
    assertEquals("/data/plans/0", f.path());
    assertEquals("the number 7", f.value());
    assertEquals(List.of("fts-2"), r.value().stream().map(Plan::getId).toList(), "reading goes on");
    assertEquals(1, r.report().count(ImportReport.Action.SKIPPED, "plans[]"));
  }

  @Test
  void nonNumericAndNegativeAmountsAreFindingsAndTheRestIsImported() {
    ImportResult<List<Plan>> r = overview(plan(", \"requirements\": {\"revisedRequirements\": \"lots\","
        + " \"origRequirements\": \"x\"}, \"funding\": {\"totalFunding\": true, \"progress\": 5}"));
    List<String> where = r.report().findings().stream().map(f -> f.rule().code() + " " + f.path()).toList();
    assertEquals(List.of("invalid-value /data/plans/0/requirements/revisedRequirements",
        "invalid-value /data/plans/0/requirements/origRequirements",
        "wrong-type /data/plans/0/funding/totalFunding"), where);
    Plan p = r.value().get(0);
    assertTrue(p.getRequirements().isEmpty());
    assertTrue(p.getFunding().orElseThrow().getTotal().isEmpty());
    assertTrue(p.getOriginalRequirements().isEmpty(), "not an amount: not reported, never 0");
    allValid(r.value());

    ImportResult<List<Plan>> negative = overview(plan(", \"requirements\": {\"revisedRequirements\": -5}"));
    assertEquals("/data/plans/0/requirements/revisedRequirements",
        only(negative.report(), Rule.NEGATIVE_AMOUNT).path());
    assertTrue(negative.value().get(0).getRequirements().isEmpty());
  }

  @Test
  void badPeopleCountsDatesAndCountriesAreFindings() {
    ImportResult<List<Plan>> r = overview(plan(", \"startDate\": \"2020-12-31\", \"endDate\": \"2020-01-01\","
        + " \"countries\": [{\"iso3\": \"XX\"}, {\"iso3\": 5}, {\"iso3\": \"COL\"}, {\"iso3\": \"COL\"}],"
        + " \"caseLoads\": [{\"totals\": [{\"type\": \"inNeed\", \"value\": \"many\"},"
        + " {\"type\": \"target\", \"value\": 12.5}, {\"type\": \"reached\", \"value\": -3},"
        + " {\"type\": \"affected\", \"value\": [1]}, {\"value\": 4}, {\"type\": \"totalPopulation\", \"value\": 9}]}]"));
    List<String> where = r.report().findings().stream().map(f -> f.rule().code() + " " + f.path()).toList();
    assertEquals(List.of("period-order /data/plans/0/endDate",
        "invalid-country /data/plans/0/countries/0/iso3",
        "invalid-country /data/plans/0/countries/1/iso3",
        "invalid-value /data/plans/0/caseLoads/0/totals/0/value",
        "invalid-value /data/plans/0/caseLoads/0/totals/1/value",
        "negative-count /data/plans/0/caseLoads/0/totals/2/value",
        "wrong-type /data/plans/0/caseLoads/0/totals/3/value",
        "required-field /data/plans/0/caseLoads/0/totals/4/type"), where);
    Plan p = r.value().get(0);
    assertTrue(p.getPeriod().isEmpty());
    assertEquals(1, p.getOperationalPresence().size());
    assertEquals(9L, p.getPeople().orElseThrow().getTotalPopulation().getAsLong());
    assertTrue(p.getPeople().orElseThrow().getInNeed().isEmpty());
    allValid(r.value());

    // dd/mm/yyyy (01/01/2020) is a date by the shared rules (docs/formats/values.md); yyyy/mm/dd is not.
    ImportResult<List<Plan>> date = overview(plan(", \"startDate\": \"2020/01/01\", \"endDate\": \"2020-12-31\""));
    assertEquals("/data/plans/0/startDate", only(date.report(), Rule.INVALID_VALUE).path());
  }

  @Test
  void aPlanWithoutIdOrNameIsKeptWithDefaultsAndFindings() {
    ImportResult<List<Plan>> r = overview("{\"data\": {\"plans\": [{\"code\": \"HXYZ20\"}, {\"id\": {}}]}}");
    assertEquals(List.of("fts-unidentified-0", "fts-unidentified-1"), r.value().stream().map(Plan::getId).toList());
    assertEquals("HXYZ20", r.value().get(0).getName());
    assertEquals(Severity.WARNING, r.report().findings().stream()
        .filter(f -> f.path().equals("/data/plans/0/name")).findFirst().orElseThrow().severity());
    assertEquals(2, r.report().count(ImportReport.Action.DEFAULTED, "plans[].id"));
    allValid(r.value());
  }

  @Test
  void duplicateKeysAreFindings() {
    ImportResult<List<Plan>> r = overview("{\"data\": {\"plans\": [{\"id\": 1, \"name\": \"a\", \"name\": \"b\"}]}}");
    Finding f = only(r.report(), Rule.DUPLICATE_KEY);
    assertEquals("/data/plans/0/name", f.path());
    assertEquals("a", r.value().get(0).getName(), "the first value is used");
  }

  @Test
  void malformedFlowAnswersGiveFindingsAndAPlan() {
    ImportResult<Plan> notJson = FTS.readClusterFlows(in("{\"data\":"), "929");
    assertEquals("fts-929", notJson.value().getId());
    assertEquals(Rule.JSON_SYNTAX, notJson.report().findings().get(0).rule());

    ImportResult<Plan> r = FTS.readClusterFlows(in("{\"data\": {\"requirements\": {\"objects\": {},"
        + " \"totalRevisedReqs\": \"abc\"}, \"report3\": {\"fundingTotals\": {\"total\": -1, \"objects\": [{"
        + "\"type\": \"Cluster\", \"objectsBreakdown\": [{\"id\": \"1\", \"name\": \"Health\", \"totalFunding\": null},"
        + " {\"name\": \"Not specified\", \"totalFunding\": [] }, 3]}]}}}}"), "1");
    List<String> where = r.report().findings().stream().map(f -> f.rule().code() + " " + f.path()).toList();
    String b = "/data/report3/fundingTotals/objects/0/objectsBreakdown/";
    assertEquals(List.of("wrong-type /data/requirements/objects",
        "invalid-value /data/requirements/totalRevisedReqs",
        "negative-amount /data/report3/fundingTotals/total",
        "wrong-type " + b + "1/totalFunding",
        "wrong-type " + b + "2"), where);
    Plan p = r.value();
    assertEquals(List.of("1", FtsReader.NOT_SPECIFIED), p.getSectors().stream().map(s -> s.getId()).toList());
    assertTrue(p.getSectors().get(0).getFunding().isEmpty(), "null funding is not reported, not 0");
    allValid(List.of(p));

    ImportResult<Plan> array = FTS.readClusterFlows(in("[]"));
    assertEquals(Rule.WRONG_TYPE, array.report().findings().get(0).rule());
    assertEquals("fts-flow", array.value().getId());
  }

  @Test
  void malformedCsvGivesFindingsWithLineNumbers() {
    ImportResult<List<Plan>> empty = FTS.readRequirementsFundingCsv(in(""));
    assertEquals("line 1", only(empty.report(), Rule.REQUIRED_FIELD).path());

    ImportResult<List<Plan>> columns = FTS.readClusterCsv(in("id,name,requirements,funding\n1,a,2,3\n"));
    assertEquals(List.of("column clusterCode", "column cluster"), columns.report().findings().stream()
        .map(Finding::value).toList());
    assertEquals(List.of(), columns.value());

    String header = "countryCode,id,name,code,typeId,typeName,startDate,endDate,year,requirements,funding,percentFunded\n";
    ImportResult<List<Plan>> r = FTS.readRequirementsFundingCsv(in(header
        + "AFG,1,A,,,,2020-01-01,2020-12-31,2020,12x,-4,lots\n"
        + "XYZ,2,B,,,,2020-13-01,2020-12-31,twenty,5,1\n"
        + "\n"
        + "AFG,3,C,,,,2020-02-01,2020-01-01,2020,5,1,20,extra\n"));
    List<String> where = r.report().findings().stream().map(f -> f.rule().code() + " " + f.path()).toList();
    assertEquals(List.of(
        "invalid-value line 3",
        "invalid-value line 5",
        "invalid-value line 2", "negative-amount line 2", "invalid-value line 2",
        "invalid-value line 3", "invalid-country line 3", "invalid-value line 3",
        "period-order line 5"), where);
    assertEquals(3, r.value().size(), "every row is still imported");
    assertTrue(r.value().get(0).getRequirements().isEmpty());
    assertEquals("\"lots\"", r.value().get(0).getExtensions().get(FtsReader.PERCENT_FUNDED_EXTENSION).json());
    assertEquals(1, r.report().count(ImportReport.Action.SKIPPED, "(blank line)"));
    assertEquals(1, r.report().count(ImportReport.Action.SKIPPED, "(column 13)"));
    allValid(r.value());

    ImportResult<List<Plan>> quote = FTS.readRequirementsFundingCsv(in(header + "AFG,1,\"open,,,,,,,,,\n"));
    assertTrue(quote.report().findings().stream().anyMatch(f -> f.rule() == Rule.UNREADABLE), quote.report().toText());
  }

  @Test
  void aMissingFileIsAnUnreadableFinding() {
    Path missing = Path.of("no-such-dir", "fts-flow-planid-12-groupby-cluster.json");
    assertEquals(Rule.UNREADABLE, only(FTS.readPlanOverview(missing).report(), Rule.UNREADABLE).rule());
    ImportResult<Plan> flows = FTS.readClusterFlows(missing);
    assertEquals("fts-12", flows.value().getId());
    assertTrue(flows.report().hasErrors());
    assertTrue(FTS.readRequirementsFundingCsv(missing).report().hasErrors());
    assertTrue(FTS.readClusterCsv(missing).report().hasErrors());
  }

  @Test
  void aDocumentOverTheLimitsIsAFindingNotAnOutOfMemoryError() {
    FtsReader small = FTS.withLimits(ReadLimits.DEFAULT.withMaxObjects(50));
    ImportResult<List<Plan>> r = small.readPlanOverview(FtsFiles.path(FtsFiles.OVERVIEW));
    assertEquals(Rule.JSON_LIMIT, only(r.report(), Rule.JSON_LIMIT).rule());
    FtsReader shallow = FTS.withLimits(ReadLimits.DEFAULT.withMaxNestingDepth(3));
    assertEquals(Rule.JSON_LIMIT, only(shallow.readPlanOverview(FtsFiles.path(FtsFiles.OVERVIEW)).report(),
        Rule.JSON_LIMIT).rule());
  }

  /** Every prefix of the real files (cut every 97 bytes) and every JSONTestSuite case: findings, no exception. */
  @Test
  void truncatedAndHostileDocumentsNeverThrow() throws IOException, URISyntaxException {
    for (String name : List.of(FtsFiles.OVERVIEW, FtsFiles.FLOWS_929, FtsFiles.PLANS_CSV, FtsFiles.CLUSTERS_CSV)) {
      byte[] all = FtsFiles.bytes(name);
      for (int n = 0; n < all.length; n += 97) {
        byte[] cut = Arrays.copyOf(all, n);
        ImportResult<?> r = name.endsWith(".csv")
            ? FTS.readClusterCsv(new ByteArrayInputStream(cut))
            : FTS.readPlanOverview(new ByteArrayInputStream(cut));
        if (name.endsWith(".json")) {
          assertTrue(r.report().hasErrors(), name + " cut at " + n);
          FTS.readClusterFlows(new ByteArrayInputStream(cut), "1");
        }
      }
    }
    // JSONTestSuite lives with the plan reader's tests in plan-io; the importers must survive the same cases.
    Path suite = Path.of("..", "plan-io", "src", "test", "resources", "json-test-suite", "test_parsing");
    try (Stream<Path> files = Files.list(suite)) {
      for (Path f : files.toList()) {
        ImportResult<List<Plan>> r = FTS.readPlanOverview(f);
        ImportResult<Plan> flows = FTS.readClusterFlows(f);
        allValid(r.value());
        allValid(List.of(flows.value()));
        if (f.getFileName().toString().startsWith("n_")) {
          assertTrue(r.report().hasErrors(), f.toString());
        }
      }
    }
  }
}
