package org.responseplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Sex;

/** Runs the packaged jar in its own JVM, as bin/responseplan does, and checks exit codes and output. */
class CliIT {
  private static final Path EXAMPLES = Path.of("..", "examples", "plans");

  record Run(int exit, String out, String err) {}

  static Run run(String stdin, String... args) throws IOException, InterruptedException {
    return runIn(List.of(), stdin, args);
  }

  /** Runs the command line in a JVM started with {@code jvmOptions} (such as a heap limit). */
  static Run runIn(List<String> jvmOptions, String stdin, String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("cli.jar");
    String lib = System.getProperty("cli.lib");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + lib + "/*", "org.responseplan.cli.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command finished");
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void validatingTheExamplesExitsZero() throws Exception {
    Run r = run("", "validate", EXAMPLES.resolve("iom-venezuela-rmrp-2022.json").toString(),
        EXAMPLES.resolve("interagency-example-2023.json").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("iom-venezuela-rmrp-2022.json: valid, 0 errors, 0 warnings"), r.out());
    assertTrue(r.out().contains("interagency-example-2023.json: valid, 0 errors, 0 warnings"), r.out());
  }

  @Test
  void jsonOutputIsOneObjectPerFileWithEveryFinding(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"id\": \"p\", \"name\": \"x\",\n \"people\": {\"inNeed\": -5, \"targeted\": \"many\"}}");
    Run r = run("", "validate", "--format", "json", bad.toString(),
        EXAMPLES.resolve("interagency-example-2023.json").toString());
    assertEquals(1, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    String first = lines.get(0);
    assertTrue(first.startsWith("{\"file\":\"" + bad.toString().replace("\\", "\\\\") + "\",\"valid\":false,"
        + "\"errors\":2,\"warnings\":0,\"findings\":["), first);
    assertTrue(first.contains("{\"severity\":\"error\",\"rule\":\"wrong-type\",\"path\":\"/people/targeted\","
        + "\"line\":2,\"column\":"), first);
    assertTrue(first.contains("\"rule\":\"negative-count\",\"path\":\"/people/inNeed\""), first);
    assertTrue(first.contains("\"value\":\"-5\""), first);
    assertTrue(lines.get(1).contains("\"valid\":true,\"errors\":0,\"warnings\":0,\"findings\":[]"), lines.get(1));
  }

  @Test
  void oneRunListsTheReadersAndTheValidatorsFindings(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("four.json");
    Files.writeString(bad, "{\"id\": \"p\", \"name\": \"x\", \"operationalPresence\": [{\"country\": \"ZZZ\"}],\n"
        + " \"requirements\": {\"amount\": -10, \"currency\": \"USD\"}, \"people\": {\"inNeed\": -5},\n"
        + " \"objectives\": [{\"id\": \"o\", \"title\": \"a\"}, {\"id\": \"o\", \"title\": \"b\"}]}");
    Run r = run("", "validate", "--format", "json", bad.toString());
    assertEquals(1, r.exit(), r.err());
    String line = r.out().strip();
    assertTrue(line.contains("\"valid\":false,\"errors\":4,"), line);
    for (String finding : List.of("\"rule\":\"negative-amount\",\"path\":\"/requirements/amount\",\"line\":2",
        "\"rule\":\"negative-count\",\"path\":\"/people/inNeed\",\"line\":2",
        "\"rule\":\"invalid-country\",\"path\":\"/operationalPresence/0/country\"",
        "\"rule\":\"duplicate-id\",\"path\":\"/objectives/1/id\"")) {
      assertEquals(1, line.split(java.util.regex.Pattern.quote(finding), -1).length - 1, finding + " once in " + line);
    }
    Run summary = run("", "summary", bad.toString());
    assertEquals(1, summary.exit(), "a plan with reading errors is not summarised: " + summary.out());
  }

  @Test
  void standardInputIsReadFromADash() throws Exception {
    Run r = run("{\"id\": \"p\", \"name\": \"From stdin\"}", "validate", "-");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("standard input: valid"), r.out());
  }

  @Test
  void anUnreadableFileExitsTwoWithAClearMessage() throws Exception {
    Run r = run("", "validate", "no-such-plan.json");
    assertEquals(2, r.exit());
    assertTrue(r.out().contains("cannot read no-such-plan.json (no such file)"), r.out());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void wrongArgumentsExitTwoWithoutAStackTrace() throws Exception {
    Run r = run("", "validate", "--format", "yaml", "x.json");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("responseplan: Invalid value for option '--format'"), r.err());
    assertFalse(r.err().contains("at org."), r.err());
    Run none = run("", "validate");
    assertEquals(2, none.exit());
    Run unknown = run("", "frobnicate");
    assertEquals(2, unknown.exit());
  }

  @Test
  void malformedJsonIsAFindingNotACrash() throws Exception {
    Run r = run("{\"id\": \"p\",,}", "validate", "-");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("error json-syntax at /"), r.out());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void strictRejectsUnknownMembersAndCountsWarningsAsErrors() throws Exception {
    String json = "{\"id\": \"p\", \"name\": \"x\", \"colour\": \"blue\"}";
    assertEquals(0, run(json, "validate", "-").exit());
    Run strict = run(json, "validate", "--strict", "-");
    assertEquals(1, strict.exit());
    assertTrue(strict.out().contains("error unknown-field at /colour"), strict.out());
    String warning = "{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": 5, \"targeted\": 9}}";
    assertEquals(0, run(warning, "validate", "-").exit());
    assertEquals(1, run(warning, "validate", "--strict", "-").exit());
  }

  @Test
  void spanishMessagesOnRequest() throws Exception {
    Run r = run("{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": -1}}", "validate", "--lang", "es", "-");
    assertTrue(r.out().contains("Un número de personas no puede ser negativo"), r.out());
  }

  @Test
  void summaryWithoutAFileShowsTheBundledSeedPlan() throws Exception {
    Run r = run("", "summary");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("bundled seed plan (iom-venezuela-rmrp-2022.json): valid, 0 errors, 0 warnings"),
        r.out());
    // 152,138,637 / 371,069,846 = 41.00 %; 1,391,766 / 7,200,000 = 19.33 %
    assertTrue(r.out().contains("coverage 41.00 %"), r.out());
    assertTrue(r.out().contains("need coverage 19.33 %"), r.out());
  }

  @Test
  void summaryAsCsvAndJson() throws Exception {
    Path file = EXAMPLES.resolve("interagency-example-2023.json");
    Run csv = run("", "summary", "--format", "csv", file.toString());
    assertEquals(0, csv.exit(), csv.err());
    assertTrue(csv.out().startsWith("level,objective,sector,name,requirements,funding,funding_coverage_pct,"),
        csv.out());
    // plan: 52,300,000 / 120,000,000 = 43.58 %
    assertTrue(csv.out().contains(",120000000,52300000,43.58,"), csv.out());
    Run json = run("", "summary", "--format", "json", "--rounding", "hdx", file.toString());
    assertEquals(0, json.exit(), json.err());
    assertTrue(json.out().startsWith("[\n{\"level\":\"plan\",\"objective\":null,\"sector\":null,"), json.out());
    // HDX: 43.58 % is 44 %
    assertTrue(json.out().contains("\"funding_coverage_pct\":44,"), json.out());
  }

  @Test
  void schemaPrintsTheJsonSchema() throws Exception {
    Run r = run("", "schema");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), r.out());
  }

  @Test
  void everyCommandHasHelp() throws Exception {
    for (String command : List.of("validate", "summary", "schema")) {
      Run r = run("", command, "--help");
      assertEquals(0, r.exit(), command);
      assertTrue(r.out().startsWith("Usage: responseplan " + command), r.out());
    }
    Run top = run("", "--help");
    assertEquals(0, top.exit());
    assertTrue(top.out().contains("Exit codes:"), top.out());
  }

  private static final Path SAMPLES = Path.of("..", "plan-import", "src", "test", "resources");

  @Test
  void importingFtsClusterFlowsGivesAValidPlanAndItsCoverage(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("fts-929.json");
    Run imported = run("", "import", "fts", SAMPLES.resolve("fts/fts-flow-planid-929-groupby-cluster.json").toString(),
        "-o", plan.toString());
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.err().startsWith("import from fts\nmapped:\n"), imported.err());
    assertEquals(0, run("", "validate", plan.toString()).exit());
    Run table = run("", "indicators", plan.toString(), "--by", "sector");
    assertEquals(0, table.exit(), table.err());
    // cluster 5251 (its name from the plan): 43,064,770 / 62,341,224 = 69.08 %
    assertTrue(table.out().startsWith("sector,sector_name,requirements,"), table.out());
    assertTrue(table.out().contains("\n5251,Protection,62341224,43064770,69.08,"), table.out());
    // "Not specified" funding is kept as a sector with funding and no requirement
    assertTrue(table.out().contains("\nnot-specified,Not specified,,160548636,,"), table.out());
  }

  @Test
  void anHpcAnswerUnderAnotherNameTakesItsIdFromPlanId(@TempDir Path dir) throws Exception {
    Path renamed = dir.resolve("answer.json");
    Files.copy(SAMPLES.resolve("hpc/hpc-response-monitoring-plan-1188.json"), renamed);
    Run without = run("", "import", "hpc", renamed.toString());
    assertEquals(0, without.exit(), without.err());
    assertTrue(without.out().contains("\"id\": \"hpc-unknown\""), without.out());
    assertTrue(without.out().contains("\"name\": \"HPC plan for Sudan, version 2.15 of 17/12/2024\""),
        without.out());
    assertTrue(without.err().contains("warning required-field at /data/planId: ")
        && without.err().contains("give its id with --plan-id"), without.err());
    Run with = run("", "import", "hpc", renamed.toString(), "--plan-id", "1188");
    assertEquals(0, with.exit(), with.err());
    assertTrue(with.out().contains("\"id\": \"hpc-1188\",\n  \"name\": \"HPC plan 1188\""), with.out());
    assertFalse(with.err().contains("required-field"), with.err());
    Run wrongSource = run("", "import", "fts", renamed.toString(), "--plan-id", "1188");
    assertEquals(2, wrongSource.exit());
    assertTrue(wrongSource.err().contains("applies to 'import hpc' only"), wrongSource.err());
  }

  @Test
  void sharesOfAnImportedHpcPlanAreOfTheCellsTheyUse(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("hpc-1188.json");
    Run imported = run("", "import", "hpc", SAMPLES.resolve("hpc/hpc-response-monitoring-plan-1188.json").toString(),
        "-o", plan.toString());
    assertEquals(0, imported.exit(), imported.err());
    // From the data: the plan's sex cells all lie in one admin-2 area; the share is female / (female + male) there,
    // not female / the national total (183,966 / 14,657,114 = 1.26 %, as it was).
    PeopleFigures people = PlanJson.reader().read(plan).plan().orElseThrow().getPeople().orElseThrow();
    long female = 0;
    long bySex = 0;
    for (PeopleCell c : people.getBreakdown()) {
      if (c.getSex().isPresent() && c.getAgeBand().isEmpty() && c.getPopulationGroup().isEmpty()) {
        assertEquals("SD01001", c.getLocation().orElseThrow().getAdmin2Code().orElseThrow());
        bySex += c.getTargeted().orElseThrow();
        female += c.getSex().get() == Sex.FEMALE ? c.getTargeted().orElseThrow() : 0;
      }
    }
    BigDecimal percent = BigDecimal.valueOf(female * 100).divide(BigDecimal.valueOf(bySex), 2, RoundingMode.HALF_UP);
    assertTrue(percent.compareTo(BigDecimal.valueOf(40)) > 0 && percent.compareTo(BigDecimal.valueOf(60)) < 0,
        "about half the people targeted are women and girls: " + percent);
    Run summary = run("", "summary", plan.toString());
    assertEquals(0, summary.exit(), summary.err());
    String expected = String.format(java.util.Locale.ENGLISH, "\n  share of women and girls targeted: %s %% (cells"
        + " cover 1 area at admin level 2; they hold %,d of the %,d targeted in the total)\n", percent.toPlainString(),
        bySex, people.getTargeted().orElseThrow());
    assertTrue(summary.out().contains(expected), expected + " in " + summary.out());
  }

  @Test
  void anFtsOverviewWithSeveralPlansNeedsADirectory(@TempDir Path dir) throws Exception {
    String overview = SAMPLES.resolve("fts/fts-plan-overview-progress-2020.json").toString();
    Run refused = run("", "import", "fts", overview);
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("the file holds 6 plans; give -o DIRECTORY"), refused.err());
    Run written = run("", "import", "fts", overview, "-o", dir.resolve("plans").toString());
    assertEquals(0, written.exit(), written.err());
    assertEquals(6, Files.list(dir.resolve("plans")).count());
  }

  @Test
  void hxlFiveWReportsGiveIntersectoralReachedByCountry(@TempDir Path dir) throws Exception {
    Path reports = dir.resolve("5w.csv");
    Run imported = run("", "import", "hxl", SAMPLES.resolve("hxl/5w-wide.csv").toString(), "-o", reports.toString());
    assertEquals(0, imported.exit(), imported.err());
    Run json = run("", "indicators", reports.toString(), "--by", "country", "--format", "json");
    assertEquals(0, json.exit(), json.err());
    assertTrue(json.out().startsWith("[\n{\"country\":\"COL\",\"reached\":"), json.out());
    Run hxl = run("", "indicators", reports.toString(), "--by", "sector", "--format", "hxl");
    assertTrue(hxl.out().startsWith("sector,reached,total_monthly_beneficiaries\r\n#sector,#reached,#reached+total\r\n"),
        hxl.out());
    // Sex and age are dimensions of plans' breakdowns, not of 5W rows: a clear refusal naming what can be used.
    Run bySex = run("", "indicators", reports.toString(), "--by", "sector,sex,age");
    assertEquals(2, bySex.exit());
    assertEquals("responseplan: 5W reports cannot be grouped by sex, age (a 5W row has no such dimension); they can "
        + "be grouped by sector, country, adm1, adm2, population_group, period\n", bySex.err());
    assertEquals("", bySex.out());
  }

  /**
   * A 5W file of 300,000 rows (about 17 MB, some 400 MB as activity reports in memory) aggregated and imported in a
   * 64 MB heap: both commands stream the file.
   */
  @Test
  void fiveWFilesAreStreamedInASmallHeap(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big-5w.csv");
    int rows = 300_000;
    try (java.io.BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("Organisation,Sector,Activity,Country,Admin 1,Month,Population,New,Total,Note\n");
      w.write("#org+reporting,#sector+code,#activity,#country+code,#adm1+code,#date+month,#population+group,"
          + "#reached+new,#reached+total,#meta+note\n");
      for (int i = 0; i < rows; i++) {
        // One sector, 1,000 areas, 12 months: 25,000 rows a month, each 1 new and 2 in total.
        w.write("Partner " + (i % 37) + ",WSH,distribution,COL,CO" + (i % 1000) + ",2024-"
            + String.format("%02d", i % 12 + 1) + ",refugees,1,2,note " + i + "\n");
      }
    }
    List<String> smallHeap = List.of("-Xmx64m");
    Run byCountry = runIn(smallHeap, "", "indicators", big.toString(), "--by", "country");
    assertEquals(0, byCountry.exit(), byCountry.err());
    // Reached: every row's 1 (months add up); total monthly: the peak month, 25,000 rows of 2, never the sum.
    assertEquals("country,reached,total_monthly_beneficiaries\r\nCOL,300000,50000\r\n", byCountry.out());
    Run byMonth = runIn(smallHeap, "", "indicators", big.toString(), "--by", "period", "--format", "json");
    assertEquals(0, byMonth.exit(), byMonth.err());
    assertTrue(byMonth.out().contains("{\"period\":\"2024-12\",\"reached\":25000,\"total_monthly_beneficiaries\":50000}"),
        byMonth.out());
    Path written = dir.resolve("reports.csv");
    Run imported = runIn(smallHeap, "", "import", "hxl", big.toString(), "-o", written.toString(), "--report",
        dir.resolve("report.txt").toString());
    assertEquals(0, imported.exit(), imported.err());
    assertEquals("wrote " + rows + " activity reports to " + written + "\n", imported.out());
    String report = Files.readString(dir.resolve("report.txt"));
    assertTrue(report.contains("#meta+note (300000 times): not a hashtag of the 5W mapping"), report);
    try (java.util.stream.Stream<String> lines = Files.lines(written)) {
      assertEquals(rows + 2, lines.count());
    }
  }

  /**
   * A 5W file of 1,200,000 distinct (sector, area, group, month) cells, more than a 256 MB heap may hold: the table
   * by sector and country keeps only (sector, country, month) sums and is given; the intersectoral table by country
   * needs every cell and stops with an aggregation-limit error, never an OutOfMemoryError.
   */
  @Test
  void memoryFollowsTheTableAskedFor(@TempDir Path dir) throws Exception {
    String[] countries = {"COL", "PER", "ECU", "VEN", "BRA", "CHL", "ARG", "BOL", "PAN", "CRI", "MEX", "GTM", "HND",
        "SLV", "NIC", "DOM", "HTI", "CUB", "URY", "PRY"};
    Path big = dir.resolve("cells-5w.csv");
    try (java.io.BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("#org+reporting,#sector+code,#country+code,#adm1+code,#population+group,#date+month,#reached+new,"
          + "#reached+total\n");
      for (int month = 1; month <= 12; month++) {
        String m = month < 10 ? "2024-0" + month : "2024-" + month;
        for (int s = 0; s < 10; s++) {
          for (String country : countries) {
            for (int adm1 = 0; adm1 < 100; adm1++) {
              for (int g = 0; g < 5; g++) {
                w.write("P,S" + s + "," + country + ",A" + adm1 + ",g" + g + "," + m + ",1,2\n");
              }
            }
          }
        }
      }
    }
    List<String> heap = List.of("-Xmx256m");
    Run bySector = runIn(heap, "", "indicators", big.toString(), "--by", "sector,country");
    assertEquals(0, bySector.exit(), bySector.err());
    String[] lines = bySector.out().split("\r\n");
    assertEquals(1 + 10 * 20, lines.length, bySector.out());
    assertEquals("sector,country,reached,total_monthly_beneficiaries", lines[0]);
    // Per sector and country: 100 areas x 5 groups x 12 months of 1 new; the peak month is 500 cells of 2.
    assertEquals("S0,ARG,6000,1000", lines[1]);
    assertEquals("S9,VEN,6000,1000", lines[200]);
    Run byCountry = runIn(heap, "", "indicators", big.toString(), "--by", "country");
    assertEquals(1, byCountry.exit(), byCountry.err());
    assertEquals("", byCountry.out());
    assertTrue(byCountry.err().contains("aggregation-limit"), byCountry.err());
    assertTrue(byCountry.err().contains("(country)"), byCountry.err());
    assertFalse(byCountry.err().contains("OutOfMemoryError"), byCountry.err());
  }

  @Test
  void indicatorsOfAPlanByCountryAndGroup() throws Exception {
    Run r = run("", "indicators", EXAMPLES.resolve("interagency-example-2023.json").toString(), "--by",
        "country,population_group");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("country,country_name,population_group,population_group_name,requirements,"
        + "funding,funding_coverage_pct,in_need,"), r.out());
    // COL in destination: 1,400,000 in need, 420,000 targeted: 30.00 %
    assertTrue(r.out().contains("COL,Colombia,in-destination,Refugees and migrants in destination,,,,1400000,"
        + "420000,180000,30.00,"), r.out());
    Run bad = run("", "indicators", EXAMPLES.resolve("interagency-example-2023.json").toString(), "--by", "planet");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("unknown dimension 'planet'"), bad.err());
  }
}
