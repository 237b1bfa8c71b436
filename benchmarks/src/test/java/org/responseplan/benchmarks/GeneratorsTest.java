package org.responseplan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.imports.hxl.HxlWriter;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.validation.Severity;

/** The generators: deterministic, the CSV exactly as HxlWriter writes it, the plans valid. (Quick: no JMH here.) */
class GeneratorsTest {
  @Test
  void theCsvIsWhatHxlWriterWritesForTheSameReports() throws IOException {
    FiveW w = new FiveW();
    List<ActivityReport> reports = w.reports(3000, 7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.writeCsv(out, 3000, 7);
    assertEquals(HxlWriter.activityReportsToHxl(reports), out.toString(StandardCharsets.UTF_8));
    assertEquals(reports, new FiveW().reports(3000, 7));
  }

  @Test
  void plansAreDeterministicAndValid() {
    List<byte[]> a = PlanCorpus.generate(300_000, 3);
    List<byte[]> b = PlanCorpus.generate(300_000, 3);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i), b.get(i));
      var read = PlanJson.reader().read(a.get(i));
      assertTrue(read.plan().isPresent(), read.findings().toString());
      assertTrue(read.validate().findings().stream().noneMatch(f -> f.severity() == Severity.ERROR),
          read.validate().findings().toString());
    }
  }
}
