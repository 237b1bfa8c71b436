package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A user who depends on plan-io alone gets the plan JSON format and nothing else: no indicator, importer or report
 * class is on the class path, and the module reads only the model, Jackson's streaming core and JSpecify.
 */
class ModuleShapeTest {
  @Test
  void planIoRequiresOnlyTheModelAndJacksonCore() {
    ModuleDescriptor d = PlanJson.class.getModule().getDescriptor();
    Set<String> requires = new TreeSet<>();
    d.requires().forEach(r -> requires.add(r.name()));
    assertEquals(Set.of("java.base", "org.responseplan.model", "tools.jackson.core", "org.jspecify"), requires);
    Set<String> exports = new TreeSet<>();
    d.exports().forEach(e -> exports.add(e.source()));
    assertEquals(Set.of("org.responseplan.io.json"), exports);
  }

  @Test
  void noIndicatorImporterOrReportClassComesWithIt() {
    for (String name : new String[] {"org.responseplan.indicators.Calculators", "org.responseplan.imports.ImportReport",
        "org.responseplan.imports.fts.FtsReader", "org.responseplan.report.HtmlReport"}) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
    }
  }
}
