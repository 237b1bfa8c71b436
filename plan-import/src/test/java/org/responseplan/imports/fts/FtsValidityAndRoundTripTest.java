package org.responseplan.imports.fts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.Severity;

/** Every plan imported from the four real files is valid, and survives the plan JSON format unchanged. */
class FtsValidityAndRoundTripTest {
  static Stream<Arguments> plans() {
    FtsReader fts = FtsReader.create();
    List<Arguments> all = new ArrayList<>();
    fts.readPlanOverview(FtsFiles.path(FtsFiles.OVERVIEW)).value()
        .forEach(p -> all.add(Arguments.of(FtsFiles.OVERVIEW, p)));
    all.add(Arguments.of(FtsFiles.FLOWS_929, fts.readClusterFlows(FtsFiles.path(FtsFiles.FLOWS_929)).value()));
    fts.readRequirementsFundingCsv(FtsFiles.path(FtsFiles.PLANS_CSV)).value()
        .forEach(p -> all.add(Arguments.of(FtsFiles.PLANS_CSV, p)));
    fts.readClusterCsv(FtsFiles.path(FtsFiles.CLUSTERS_CSV)).value()
        .forEach(p -> all.add(Arguments.of(FtsFiles.CLUSTERS_CSV, p)));
    assertEquals(6 + 1 + 8 + 3, all.size());
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("plans")
  void validatesWithoutErrors(String file, Plan plan) {
    List<Finding> errors = PlanValidator.create().validate(plan).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    assertEquals(List.of(), errors, file + " " + plan.getId());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("plans")
  void writtenAndReadBackIsEqual(String file, Plan plan) {
    String json = PlanJson.writer().toJson(plan);
    PlanReadResult back = PlanJson.reader().read(json);
    assertEquals(List.of(), back.findings(), json);
    assertEquals(plan, back.plan().orElseThrow());
    assertTrue(json.contains("\"id\": \"" + plan.getId() + "\""), file);
  }
}
