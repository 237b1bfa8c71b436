package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.responseplan.imports.ImportFuzzChecks.checkReport;
import static org.responseplan.imports.ImportFuzzChecks.checkResult;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.indicators.ActivityReport;

/**
 * Coverage-guided fuzzing of the HXL importer ({@code docs/testing.md}): whatever the bytes, reading them as a table,
 * as 5W activity reports (whole and streamed), as people figures and as an indicator table gives a result with
 * findings, never an exception; the streamed reports and report equal the whole ones. Without {@code JAZZER_FUZZ}
 * JUnit runs it on the inputs under {@code HxlReaderFuzzTestInputs/readHxl/}.
 */
class HxlReaderFuzzTest {
  private static final HxlReader READER = HxlReader.create();

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readHxl(byte[] csv) {
    checkResult(READER.readTable(new ByteArrayInputStream(csv)));
    ImportResult<List<ActivityReport>> whole = READER.readActivityReports(new ByteArrayInputStream(csv));
    checkResult(whole);
    List<ActivityReport> streamed = new ArrayList<>();
    ImportReport report = checkReport(READER.readActivityReports(new ByteArrayInputStream(csv), streamed::add));
    assertEquals(whole.value(), streamed, "streamed reports differ from the whole read");
    assertEquals(whole.report(), report, "streamed import report differs from the whole read");
    checkResult(READER.readPeopleFigures(new ByteArrayInputStream(csv)));
    checkResult(READER.readIndicatorTable(new ByteArrayInputStream(csv)));
  }
}
