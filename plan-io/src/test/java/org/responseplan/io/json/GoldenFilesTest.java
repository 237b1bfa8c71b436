package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.validation.ValidationReport;

/** The example plans are golden files: reading then writing gives the same bytes, and they are valid. */
class GoldenFilesTest {
  static final Path EXAMPLES = Path.of("../examples/plans");
  static final Path SEED = EXAMPLES.resolve("iom-venezuela-rmrp-2022.json");

  static Stream<Path> examples() throws IOException {
    // the example plans and the revision pairs beside them (examples/plans/revisions)
    try (Stream<Path> files = Files.walk(EXAMPLES, 2)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertTrue(list.size() >= 2, "expected at least two example plans in " + EXAMPLES);
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readingThenWritingGivesIdenticalBytes(Path file) throws IOException {
    byte[] original = Files.readAllBytes(file);
    PlanReadResult read = PlanJson.reader().read(original);
    assertEquals(List.of(), read.findings(), "reading " + file);
    byte[] written = PlanJson.writer().toBytes(read.plan().orElseThrow());
    assertArrayEquals(original, written, "the writer changed " + file);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleValidatesWithoutFindings(Path file) {
    ValidationReport report = PlanJson.reader().read(file).validate();
    assertEquals(List.of(), report.findings(), file + ":\n" + report.toText());
  }

  @Test
  void theSeedExampleEncodesTheWholeSeedPlan() {
    Plan plan = PlanJson.reader().read(SEED).plan().orElseThrow();
    assertEquals("Regional Refugee and Migrant Response Plan for Refugees and Migrants from Venezuela 2022",
        plan.getName());
    assertEquals(17, plan.getOperationalPresence().size());
    assertEquals(4, plan.getObjectives().size());
    List<Integer> areasPerObjective = plan.getObjectives().stream().map(o -> o.getSectors().size()).toList();
    assertEquals(List.of(7, 5, 2, 2), areasPerObjective);
    assertTrue(plan.getObjectives().stream().flatMap(o -> o.getSectors().stream())
        .allMatch(s -> !s.getActivities().isEmpty()), "every activity area lists its activities");
    assertEquals(Money.of("371069846", "USD"), plan.getRequirements().orElseThrow());
    assertEquals(Money.of("191672875", "USD"), plan.getObjectives().get(0).getRequirements().orElseThrow());
    assertEquals(7_200_000L, plan.getPeople().orElseThrow().getInNeed().getAsLong());
    assertEquals(1_391_766L, plan.getPeople().orElseThrow().getTargeted().getAsLong());
    assertTrue(plan.getExtensions().containsKey("x-figure-sources"), "figure provenance is recorded");
  }

  @Test
  void everyFigureOfTheSeedExampleHasItsSourceRecorded() {
    Plan plan = PlanJson.reader().read(SEED).plan().orElseThrow();
    String sources = plan.getExtensions().get("x-figure-sources").json();
    assertTrue(sources.contains("\"/requirements\""));
    for (int i = 0; i < plan.getObjectives().size(); i++) {
      Objective o = plan.getObjectives().get(i);
      if (o.getRequirements().isPresent()) {
        assertTrue(sources.contains("\"/objectives/" + i + "/requirements\""), "objective " + i);
      }
      for (int j = 0; j < o.getSectors().size(); j++) {
        Sector s = o.getSectors().get(j);
        if (s.getRequirements().isPresent()) {
          assertTrue(sources.contains("\"/objectives/" + i + "/sectors/" + j + "/requirements\""),
              "sector " + i + "/" + j);
        }
      }
    }
  }
}
