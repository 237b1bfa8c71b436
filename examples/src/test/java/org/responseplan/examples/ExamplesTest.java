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
    String example = between(source, "// readme-example-start\n", "    // readme-example-end");
    String snippet = between(readme, "```java\n", "```\n");
    assertEquals(strip(example), strip(snippet), "README.md's Java example must be BuildValidateWrite's");
    String coverage = Files.readString(Path.of("src/main/java/org/responseplan/examples/SeedCoverage.java"));
    String second = between(readme.substring(readme.indexOf(snippet) + snippet.length()), "```java\n", "```\n");
    assertEquals(strip(between(coverage, "// coverage-example-start\n", "    // coverage-example-end")),
        strip(second), "README.md's indicators example must be SeedCoverage's");
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
  void theBuiltExamplePlanIsValidAndSurvivesJson() {
    Plan plan = BuildValidateWrite.buildPlan();
    assertEquals(0, PlanValidator.create().validate(plan).findings().size());
    assertEquals(plan, PlanJson.reader().read(PlanJson.writer().toBytes(plan)).plan().orElseThrow());
  }


}
