package org.responseplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.Calculators;
import org.responseplan.indicators.FundingFigures;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.PlanValidator;

class ExamplesTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theReadmeExampleIsTheCompiledOne() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String source = Files.readString(Path.of("src/main/java/org/responseplan/examples/BuildValidateWrite.java"));
    // The whole program but its package line: what a newcomer saves as src/main/java/BuildValidateWrite.java.
    String snippet = between(readme, "```java\n", "```\n");
    assertEquals(source.substring(source.indexOf("import ")), snippet,
        "README.md's first Java example must be BuildValidateWrite.java without its package line");
    // The indicators example: SeedCoverage's marked lines, after the imports and the file they read.
    String coverage = Files.readString(Path.of("src/main/java/org/responseplan/examples/SeedCoverage.java"));
    String second = between(readme.substring(readme.indexOf(snippet) + snippet.length()), "```java\n", "```\n");
    String statements = second.lines().filter(l -> !l.startsWith("import ") && !l.startsWith("Path file = "))
        .reduce("", (a, b) -> a + b + "\n");
    assertEquals(strip(between(coverage, "// coverage-example-start\n", "    // coverage-example-end")),
        strip(statements), "README.md's indicators example must be SeedCoverage's");
  }

  @Test
  void theReadmesExplainOutputIsWhatExplainPrints() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Plan plan = PlanJson.reader().read(ROOT.resolve("examples/plans/iom-venezuela-rmrp-2022.json")).plan()
        .orElseThrow();
    String shown = between(readme, "`explain()` prints:\n\n```\n", "\n```\n");
    assertEquals(Calculators.fundingCoverage(FundingFigures.of(plan)).explain(), shown);
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
  void theReadmeProgramPrintsWhatTheReadmeSays() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out = System.out;
    System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      BuildValidateWrite.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("valid\nfunding coverage: 40.00 %\n{\n  \"id\": \"example-2022\""), printed);
  }

  @Test
  void theBuiltExamplePlanIsValidAndSurvivesJson() {
    Plan plan = BuildValidateWrite.buildPlan();
    assertEquals(0, PlanValidator.create().validate(plan).findings().size());
    assertEquals(plan, PlanJson.reader().read(PlanJson.writer().toBytes(plan)).plan().orElseThrow());
  }


}
