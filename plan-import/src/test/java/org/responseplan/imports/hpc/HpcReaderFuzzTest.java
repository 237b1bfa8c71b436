package org.responseplan.imports.hpc;

import static org.responseplan.imports.ImportFuzzChecks.checkResult;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the HPC importer ({@code docs/testing.md}): whatever the bytes, reading a response
 * monitoring answer gives a result with findings, never an exception. Without {@code JAZZER_FUZZ} JUnit runs it on
 * the inputs under {@code HpcReaderFuzzTestInputs/readResponseMonitoring/}.
 */
class HpcReaderFuzzTest {
  private static final HpcReader READER = HpcReader.create();
  private static final HpcReader FOR_PLAN = HpcReader.create().withPlanId(1188);

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readResponseMonitoring(byte[] json) {
    checkResult(READER.readResponseMonitoring(new ByteArrayInputStream(json)));
    checkResult(FOR_PLAN.readResponseMonitoring(new ByteArrayInputStream(json)));
  }
}
