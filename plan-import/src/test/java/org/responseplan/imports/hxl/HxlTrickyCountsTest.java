package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.TrickyCounts;
import org.responseplan.imports.TrickyCounts.Outcome;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;

/**
 * Every value of the shared table of tricky counts as an HXL {@code #targeted} cell (people figures) and a
 * {@code #reached+new} cell (5W activity reports): the same outcome as everywhere.
 */
class HxlTrickyCountsTest {
  private static final Set<Rule> VALUE_RULES = Set.of(Rule.INVALID_VALUE, Rule.NEGATIVE_COUNT);

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The one finding about the value, or null when there is none; no other finding is expected. */
  private static Finding finding(ImportReport report) {
    List<Finding> all = report.findings();
    assertEquals(all.size(), all.stream().filter(f -> VALUE_RULES.contains(f.rule())).count(), all::toString);
    if (all.isEmpty()) {
      return null;
    }
    assertEquals(1, all.size(), all::toString);
    return all.get(0);
  }

  private static Outcome targeted(String input) {
    ImportResult<Map<String, PeopleFigures>> r = HxlReader.create()
        .readPeopleFigures(csv("#sector,#targeted\nWSH,\"" + input + "\"\n"));
    Finding f = finding(r.report());
    if (f != null) {
      return Outcome.problem(f.rule().code());
    }
    PeopleFigures wsh = r.value().get("WSH");
    return wsh == null || wsh.getTargeted().isEmpty() ? Outcome.blank() : Outcome.count(wsh.getTargeted().getAsLong());
  }

  private static Outcome reachedNew(String input) {
    ImportResult<List<ActivityReport>> r = HxlReader.create().readActivityReports(
        csv("#sector,#country+code,#date+month,#reached+new,#reached+total\nWSH,COL,2024-02,\"" + input + "\",1\n"));
    Finding f = finding(r.report());
    if (f != null) {
      return Outcome.problem(f.rule().code());
    }
    assertEquals(1, r.value().size());
    Long v = r.value().get(0).newBeneficiaries();
    return v == null ? Outcome.blank() : Outcome.count(v);
  }

  @Test
  void everyTrickyCountAsATargetedCell() {
    for (TrickyCounts.Case c : TrickyCounts.CASES) {
      assertEquals(c.expected(), targeted(c.input()), "\"" + c.input() + "\"");
    }
  }

  @Test
  void everyTrickyCountAsAReachedCellOfA5wTable() {
    for (TrickyCounts.Case c : TrickyCounts.CASES) {
      assertEquals(c.expected(), reachedNew(c.input()), "\"" + c.input() + "\"");
    }
  }
}
