package org.responseplan.imports.fts;

import static org.responseplan.imports.ImportFuzzChecks.checkResult;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the FTS importer ({@code docs/testing.md}): whatever the bytes, each reader gives a
 * result with findings, never an exception. Without {@code JAZZER_FUZZ} JUnit runs each method on the inputs under
 * {@code FtsReaderFuzzTestInputs/<method>/}.
 */
class FtsReaderFuzzTest {
  private static final FtsReader READER = FtsReader.create();

  /** The two FTS API answers: a plan overview and the cluster flows of one plan. */
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readJson(byte[] json) {
    checkResult(READER.readPlanOverview(new ByteArrayInputStream(json)));
    checkResult(READER.readClusterFlows(new ByteArrayInputStream(json)));
    checkResult(READER.readClusterFlows(new ByteArrayInputStream(json), "929"));
  }

  /** The two HDX tables: requirements and funding per plan, and per plan and cluster. */
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readCsv(byte[] csv) {
    checkResult(READER.readRequirementsFundingCsv(new ByteArrayInputStream(csv)));
    checkResult(READER.readClusterCsv(new ByteArrayInputStream(csv)));
  }
}
