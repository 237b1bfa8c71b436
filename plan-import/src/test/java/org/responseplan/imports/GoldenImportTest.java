package org.responseplan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.fts.FtsReader;
import org.responseplan.imports.hpc.HpcReader;
import org.responseplan.imports.hxl.HxlReader;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;

/**
 * Golden output of every importer: each real sample under {@code src/test/resources/{fts,hpc,hxl}} is imported with
 * the Java API, and what the import gives is compared byte for byte with the files under
 * {@code src/test/resources/golden/}:
 *
 * <ul>
 *   <li>{@code NAME.plan.json} or {@code NAME.plan-N.json}: each plan, as {@code PlanJson.writer()} writes it;
 *   <li>{@code NAME.people.txt}: each key of the people figures read from a table, then the figures as plan JSON;
 *   <li>{@code NAME.table.csv}: for a 5W activity-report file, the indicator table of the reports by every 5W
 *       dimension ({@link ReachAggregator#DIMENSIONS}), as CSV;
 *   <li>{@code NAME.report.txt}: the import report, {@code report().toText()}.
 * </ul>
 *
 * <p>A change in any of them fails this test. When the change is intended, rewrite the files with
 * {@code ./mvnw -B -o -q -pl plan-import -am verify -Dtest=GoldenImportTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}, then read the difference ({@code git diff src/test/resources/golden}) before committing it.
 * A golden file that no sample gives any more also fails the test (and is deleted on update).
 *
 * <p>{@code hpc/hpc-needs-plan-1188-flattened.csv} has no importer: it is HDX's flat table of the HPC answer, which
 * the HPC tests compare figure by figure with what {@link HpcReader} reads from the JSON.
 */
class GoldenImportTest {
  private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path SAMPLES = BASE.resolve("src/test/resources");
  private static final Path GOLDEN = SAMPLES.resolve("golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** Sample files that no reader of the library imports. */
  private static final List<String> NOT_IMPORTED = List.of("hpc/hpc-needs-plan-1188-flattened.csv");

  @Test
  void everyImporterGivesItsGoldenOutput() throws IOException {
    Map<String, String> produced = new TreeMap<>();
    FtsReader fts = FtsReader.create();
    plans(produced, "fts/fts-plan-overview-progress-2020.json",
        fts.readPlanOverview(sample("fts/fts-plan-overview-progress-2020.json")));
    plans(produced, "fts/fts-flow-planid-929-groupby-cluster.json",
        one(fts.readClusterFlows(sample("fts/fts-flow-planid-929-groupby-cluster.json"))));
    plans(produced, "fts/fts_requirements_funding_global.csv",
        fts.readRequirementsFundingCsv(sample("fts/fts_requirements_funding_global.csv")));
    plans(produced, "fts/fts_requirements_funding_cluster_global.csv",
        fts.readClusterCsv(sample("fts/fts_requirements_funding_cluster_global.csv")));
    plans(produced, "hpc/hpc-response-monitoring-plan-1188.json",
        one(HpcReader.create().readResponseMonitoring(sample("hpc/hpc-response-monitoring-plan-1188.json"))));

    HxlReader hxl = HxlReader.create();
    for (String name : List.of("5w-long.csv", "5w-wide.csv", "5w-long-no-total.csv")) {
      activityReports(produced, "hxl/" + name, hxl.readActivityReports(sample("hxl/" + name)));
    }
    for (String name : List.of("people-by-area.csv", "test_io-input-valid.csv", "test_io-input-valid-latin1.csv",
        "test_io-input-multiple-headers.csv", "test_io-input-fuzzy.csv", "test_io-input-invalid.csv",
        "test_converters-wide-tagging-test.csv", "test_scripts-input-simple.csv",
        "test_scripts-count-output-aggregated.csv")) {
      people(produced, "hxl/" + name, hxl.readPeopleFigures(sample("hxl/" + name)));
    }

    assertEverySampleImported(produced);
    if (UPDATE) {
      update(produced);
      return;
    }
    compare(produced);
  }

  /** Every data file of the sample folders is imported above or named in {@link #NOT_IMPORTED}. */
  private static void assertEverySampleImported(Map<String, String> produced) throws IOException {
    for (String dir : List.of("fts", "hpc", "hxl")) {
      try (Stream<Path> files = Files.list(SAMPLES.resolve(dir))) {
        for (Path f : (Iterable<Path>) files::iterator) {
          String name = dir + "/" + f.getFileName();
          if (name.endsWith(".md") || NOT_IMPORTED.contains(name)) {
            continue;
          }
          assertTrue(produced.containsKey(name + ".report.txt"), name + " is a sample that no importer reads here");
        }
      }
    }
  }

  private static Path sample(String name) {
    return SAMPLES.resolve(name);
  }

  private static ImportResult<List<Plan>> one(ImportResult<Plan> r) {
    return new ImportResult<>(List.of(r.value()), r.report());
  }

  private static void plans(Map<String, String> out, String name, ImportResult<List<Plan>> r) {
    List<Plan> plans = r.value();
    for (int i = 0; i < plans.size(); i++) {
      String json = PlanJson.writer().toJson(plans.get(i));
      // What is written reads back as the same plan: the golden file is a plan of the format, not just text.
      PlanReadResult back = PlanJson.reader().read(json);
      assertEquals(plans.get(i), back.plan().orElseThrow(), name + ": plan " + (i + 1) + " does not read back");
      out.put(name + (plans.size() == 1 ? ".plan.json" : ".plan-" + (i + 1) + ".json"), json);
    }
    out.put(name + ".report.txt", r.report().toText());
  }

  private static void activityReports(Map<String, String> out, String name, ImportResult<List<ActivityReport>> r) {
    ReachAggregator aggregator = ReachAggregator.create();
    aggregator.addAll(r.value());
    out.put(name + ".table.csv", aggregator.result(ReachAggregator.DIMENSIONS).toCsv());
    out.put(name + ".report.txt", r.report().toText());
  }

  private static void people(Map<String, String> out, String name, ImportResult<Map<String, PeopleFigures>> r) {
    StringBuilder b = new StringBuilder();
    r.value().forEach((key, figures) -> b.append("# ").append(key).append('\n')
        .append(new String(PlanJson.writer().toBytes(figures), StandardCharsets.UTF_8)).append('\n'));
    out.put(name + ".people.txt", b.toString());
    out.put(name + ".report.txt", r.report().toText());
  }

  private static void compare(Map<String, String> produced) throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : produced.entrySet()) {
      Path file = GOLDEN.resolve(e.getKey());
      if (!Files.exists(file)) {
        problems.add(e.getKey() + ": no golden file (run with -Dgolden.update=true)");
        continue;
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(e.getValue())) {
        problems.add(e.getKey() + ": differs from the golden file, first at " + firstDifference(expected, e.getValue()));
      }
    }
    for (String stale : goldenFiles()) {
      if (!produced.containsKey(stale)) {
        problems.add(stale + ": a golden file that no sample gives any more");
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  private static String firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    long line = a.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    return "line " + line + " (expected \"" + around(a, i) + "\", got \"" + around(b, i) + "\")";
  }

  private static String around(String s, int i) {
    return s.substring(Math.min(i, s.length()), Math.min(s.length(), i + 40)).replace("\n", "\\n");
  }

  private static void update(Map<String, String> produced) throws IOException {
    for (String stale : goldenFiles()) {
      if (!produced.containsKey(stale)) {
        Files.delete(GOLDEN.resolve(stale));
      }
    }
    produced.forEach((name, text) -> {
      try {
        Path file = GOLDEN.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The golden files present, as paths relative to the golden folder with '/' between names. */
  private static TreeSet<String> goldenFiles() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (!Files.isDirectory(GOLDEN)) {
      return names;
    }
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      files.filter(Files::isRegularFile)
          .forEach(f -> names.add(GOLDEN.relativize(f).toString().replace('\\', '/')));
    }
    return names;
  }
}
