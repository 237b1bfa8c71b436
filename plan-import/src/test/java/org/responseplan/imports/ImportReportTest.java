package org.responseplan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.ImportReport.Action;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;

class ImportReportTest {
  private static ImportReport part(String exampleLine, int mapped, boolean withFinding) {
    ImportReport.Builder b = ImportReport.builder("hxl");
    for (int i = 0; i < mapped; i++) {
      b.mapped("#sector", "/sector");
    }
    b.skipped("#meta+notes", "not a 5W column", exampleLine);
    if (withFinding) {
      b.finding(Finding.of(Rule.NEGATIVE_COUNT, "/people/inNeed", -1, java.util.Locale.ENGLISH));
    }
    return b.build();
  }

  @Test
  void aBuiltReportDoesNotChangeWhenItsBuilderGoesOn() {
    ImportReport.Builder b = ImportReport.builder("fts");
    b.mapped("plans[].id", "/id");
    ImportReport first = b.build();
    b.mapped("plans[].id", "/id");
    b.skipped("plans[].x", "unknown", null);
    assertEquals(1, first.count(Action.MAPPED, "plans[].id"));
    assertEquals(1, first.lines().size());
    assertEquals(2, b.build().count(Action.MAPPED, "plans[].id"));
    assertThrows(UnsupportedOperationException.class, () -> first.lines().clear());
    assertThrows(UnsupportedOperationException.class, () -> first.findings().clear());
  }

  @Test
  void mergeAddsCountsKeepsTheFirstExampleAndEveryFinding() {
    ImportReport a = part("line 2", 3, false);
    ImportReport b = part("line 9", 4, true);
    ImportReport m = a.merge(b);
    assertEquals(7, m.count(Action.MAPPED, "#sector"));
    assertEquals("line 2", m.lines(Action.SKIPPED).get(0).example());
    assertEquals(1, m.findings().size());
    assertTrue(m.hasErrors());
    assertFalse(a.hasErrors(), "the parts are unchanged");
    assertEquals(3, a.count(Action.MAPPED, "#sector"));
  }

  @Test
  void mergeIsAssociative() {
    ImportReport a = part("line 2", 1, true);
    ImportReport b = part("line 5", 2, false);
    ImportReport c = part("line 7", 5, true);
    assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
    assertEquals(a.merge(b).merge(c).toText(), a.merge(b.merge(c)).toText());
  }

  @Test
  void reportsOfDifferentFormatsDoNotMerge() {
    ImportReport hxl = ImportReport.builder("hxl").build();
    ImportReport fts = ImportReport.builder("fts").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> hxl.merge(fts));
    assertTrue(e.getMessage().contains("fts"), e.getMessage());
  }

  @Test
  void negativeTimesAreRefusedAndZeroRecordsNothing() {
    ImportReport.Builder b = ImportReport.builder("hxl");
    b.add(Action.KEPT, "#x", "/x-a", "", 0, "line 1");
    assertEquals(List.of(), b.build().lines());
    assertThrows(IllegalArgumentException.class, () -> b.add(Action.KEPT, "#x", "/x-a", "", -1, null));
  }
}
