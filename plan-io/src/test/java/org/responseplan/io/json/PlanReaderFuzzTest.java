package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Severity;
import org.responseplan.model.validation.ValidationReport;

/**
 * Coverage-guided fuzzing of the plan reader ({@code docs/testing.md}). Whatever the bytes, reading in strict and in
 * lenient mode gives a result, never an exception: a plan only without error findings, at least one error finding
 * otherwise; validating the result does not throw either, and a plan that was read is written and read back
 * unchanged. Without {@code JAZZER_FUZZ} JUnit runs it on the inputs under {@code PlanReaderFuzzTestInputs/}.
 */
class PlanReaderFuzzTest {
  private static final PlanReader STRICT = PlanJson.reader().strict();
  private static final PlanReader LENIENT = PlanJson.reader().lenient();
  private static final PlanWriter WRITER = PlanJson.writer();

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readPlan(byte[] json) {
    checkRead(STRICT, json);
    checkRead(LENIENT, json);
  }

  private static void checkRead(PlanReader reader, byte[] json) {
    PlanReadResult result = reader.read(json);
    List<Finding> findings = result.findings();
    boolean anyError = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    assertEquals(anyError, result.hasErrors(), () -> "hasErrors() disagrees with the findings " + findings);
    Optional<Plan> plan = result.plan();
    if (result.hasErrors()) {
      assertFalse(plan.isPresent(), "a plan with error findings");
    } else {
      assertTrue(plan.isPresent(), () -> "neither a plan nor an error finding: " + findings);
    }
    ValidationReport validated = result.validate();
    assertTrue(validated.findings().containsAll(findings), "validate() drops findings of reading");
    if (plan.isPresent()) {
      byte[] written = WRITER.toBytes(plan.get());
      PlanReadResult again = reader.read(written);
      assertEquals(plan, again.plan(), () -> "written plan reads back differently: " + again.findings());
    }
  }
}
