package org.responseplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.PlanValidator;

class ExamplesTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theReadmeExampleIsTheCompiledOne() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String source = Files.readString(Path.of("src/main/java/org/responseplan/examples/BuildValidateWrite.java"));
    String example = between(source, "// readme-example-start\n", "    // readme-example-end");
    String snippet = between(readme, "```java\n", "```\n");
    assertEquals(strip(example), strip(snippet), "README.md's Java example must be BuildValidateWrite's");
    String coverage = Files.readString(Path.of("src/main/java/org/responseplan/examples/SeedCoverage.java"));
    String second = between(readme.substring(readme.indexOf(snippet) + snippet.length()), "```java\n", "```\n");
    assertEquals(strip(between(coverage, "// coverage-example-start\n", "    // coverage-example-end")),
        strip(second), "README.md's indicators example must be SeedCoverage's");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertTrue(from >= 0, "missing " + start.trim());
    int to = text.indexOf(end, from + start.length());
    assertTrue(to >= 0, "missing " + end.trim());
    return text.substring(from + start.length(), to);
  }

  /** Compares code without its indentation. */
  private static String strip(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void theBuiltExamplePlanIsValidAndSurvivesJson() {
    Plan plan = BuildValidateWrite.buildPlan();
    assertEquals(0, PlanValidator.create().validate(plan).findings().size());
    assertEquals(plan, PlanJson.reader().read(PlanJson.writer().toBytes(plan)).plan().orElseThrow());
  }

  @Test
  void theOverviewOfTheSeedPlanIsValidAndNamesItsFigures() {
    StringBuilder out = new StringBuilder();
    int exit = PlanOverview.run(ROOT.resolve(PlanOverview.SEED), Locale.ENGLISH, out);
    assertEquals(0, exit, out.toString());
    String text = out.toString();
    assertTrue(text.contains("valid: 0 error(s), 0 warning(s)"), text);
    assertTrue(text.contains("Countries (17): ARG, ABW, BOL"), text);
    assertTrue(text.contains("4 objectives, 16 sectors or activity areas, 66 activities"), text);
    assertTrue(text.contains("requirements 371,069,846.00 USD, funding 152,138,637.00 USD, coverage 41.00 %"), text);
    assertTrue(text.contains("people: in need 7,200,000, targeted 1,391,766, reached not reported"), text);
  }

  @Test
  void anInvalidPlanExitsWithOneAndAnUnreadableFileWithTwo(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": -1}}");
    StringBuilder out = new StringBuilder();
    assertEquals(1, PlanOverview.run(bad, Locale.ENGLISH, out));
    assertTrue(out.toString().contains("negative-count at /people/inNeed"), out.toString());
    assertEquals(2, PlanOverview.run(dir.resolve("missing.json"), Locale.ENGLISH, new StringBuilder()));
  }
}
