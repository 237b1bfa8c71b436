package org.responseplan.imports.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.Code;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/** Names of sectors and plans, and where a plan's id comes from. */
class HpcIdentityTest {
  private static final Path SAMPLE = Path.of("src/test/resources/hpc/hpc-response-monitoring-plan-1188.json");

  private static ImportResult<Plan> read(HpcReader reader, String json) {
    return reader.readResponseMonitoring(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String CLUSTERS = """
      {"data": {"planId": 5,
        "planGlobalClusters": [
          {"planClusters": [7449], "globalClusterId": 6, "globalClusterCode": "FSC",
           "globalClusterName": "Food Security"},
          {"planClusters": [7500], "globalClusterId": 99, "globalClusterCode": "XYZ", "name": "Cash Working Group"}],
        "caseloads": [
          {"caseloadId": 10, "caseloadCustomRef": "CLPRO/BF1-PRO", "caseloadType": "cluster",
           "caseloadDescription": "Protection", "availableGlobalClusterCode": "PRO", "entityId": 7451},
          {"caseloadId": 11, "caseloadCustomRef": "CLPRO/BF9-PRO", "caseloadType": "cluster",
           "caseloadDescription": " protection ", "availableGlobalClusterCode": "PRO", "entityId": 7451},
          {"caseloadId": 12, "caseloadType": "cluster", "availableGlobalClusterCode": "FSC", "entityId": 7449},
          {"caseloadId": 13, "caseloadType": "cluster", "availableGlobalClusterCode": "n/a", "entityId": 7500},
          {"caseloadId": 14, "caseloadType": "cluster", "availableGlobalClusterCode": "n/a", "entityId": 7420},
          {"caseloadId": 15, "caseloadType": "cluster", "caseloadDescription": "Logistics",
           "availableGlobalClusterCode": "LOG", "entityId": 7455},
          {"caseloadId": 16, "caseloadType": "cluster", "caseloadDescription": "Logistics",
           "availableGlobalClusterCode": "LOG", "entityId": 7455}
        ]}}
      """;

  @Test
  void sectorsAreNamedByDescriptionThenGlobalClusterThenEntityAndNeverTwice() {
    ImportResult<Plan> r = read(HpcReader.create(), CLUSTERS);
    List<Sector> sectors = r.value().getSectors();
    assertEquals(List.of(
        "iasc-cluster:PRO Protection (CLPRO/BF1-PRO)",
        "iasc-cluster:PRO protection (CLPRO/BF9-PRO)",
        "iasc-cluster:FSC Food Security",
        "hpc-cluster:XYZ Cash Working Group",
        "hpc-cluster:entity-7420 HPC cluster (entity 7420)",
        "iasc-cluster:LOG Logistics (caseload 15)",
        "iasc-cluster:LOG Logistics (caseload 16)"),
        sectors.stream().map(s -> s.getCode() + " " + Vocabularies.displayName(s.getCode())).toList());
    assertEquals(7, sectors.stream().map(s -> s.getCode().getName().orElseThrow().toLowerCase(Locale.ROOT))
        .distinct().count(), "no two sectors of one name");
    assertEquals(Optional.of(" protection ".strip()), sectors.get(1).getDescription());
    // The plan's own vocabulary names its codes the same way: never a bare entity id when a name exists.
    assertEquals(Map.of("XYZ", "Cash Working Group", "entity-7420", "HPC cluster (entity 7420)"),
        r.value().getVocabularies().get(0).getCodes());
  }

  @Test
  void theSampleSectorsKeepTheirCaseloadDescriptions() {
    Plan plan = HpcReader.create().readResponseMonitoring(SAMPLE).value();
    assertEquals(Code.of("hpc-cluster", "entity-7454", "Refugee Response"), plan.getSectors().get(10).getCode());
    assertEquals(Code.of("iasc-cluster", "MS", "MPC caseload"), plan.getSectors().get(4).getCode());
    assertEquals(13, plan.getSectors().stream().map(s -> Vocabularies.displayName(s.getCode())).distinct().count());
  }

  @Test
  void theIdComesFromTheAnswerThenTheReaderThenTheFileName(@TempDir Path dir) throws IOException {
    Path named = dir.resolve("plan-1188.json");
    Files.copy(SAMPLE, named);
    assertEquals("hpc-1188", HpcReader.create().readResponseMonitoring(named).value().getId());
    assertEquals("hpc-77", HpcReader.create().withPlanId(77).readResponseMonitoring(named).value().getId(),
        "the id given to the reader is used before the file name's");
    assertEquals("hpc-5", read(HpcReader.create().withPlanId(77), CLUSTERS).value().getId(),
        "the answer's own id comes first");
    Path renamed = dir.resolve("answer.json");
    Files.copy(SAMPLE, renamed);
    ImportResult<Plan> given = HpcReader.create().withPlanId(1188).readResponseMonitoring(renamed);
    assertEquals("hpc-1188", given.value().getId());
    assertEquals("HPC plan 1188", given.value().getName());
    assertTrue(given.report().findings().stream().noneMatch(f -> f.rule() == Rule.REQUIRED_FIELD));
  }

  @Test
  void aPlanWithoutIdIsNamedByWhatTheAnswerSaysAndTheWarningSaysHowToGiveTheId(@TempDir Path dir)
      throws IOException {
    Path renamed = dir.resolve("answer.json");
    Files.copy(SAMPLE, renamed);
    ImportResult<Plan> r = HpcReader.create().readResponseMonitoring(renamed);
    assertEquals("hpc-unknown", r.value().getId());
    assertEquals("HPC plan for Sudan, version 2.15 of 17/12/2024", r.value().getName());
    Finding warning = r.report().findings().stream().filter(f -> f.rule() == Rule.REQUIRED_FIELD).findFirst()
        .orElseThrow();
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals("/data/planId", warning.path());
    assertTrue(warning.message().contains("--plan-id") && warning.message().contains("HpcReader.withPlanId"),
        warning.message());
    Finding spanish = HpcReader.create().withLocale(Locale.forLanguageTag("es")).readResponseMonitoring(renamed)
        .report().findings().stream().filter(f -> f.rule() == Rule.REQUIRED_FIELD).findFirst().orElseThrow();
    assertTrue(spanish.message().contains("indique su id con --plan-id"), spanish.message());

    ImportResult<Plan> bare = read(HpcReader.create(), "{\"data\": {\"caseloads\": []}}");
    assertEquals("HPC plan (id unknown)", bare.value().getName(), "nothing to name it by");
    ImportResult<Plan> unreadable = read(HpcReader.create(), "{\"data\": ");
    assertEquals("HPC plan (id unknown)", unreadable.value().getName());
    assertEquals("HPC plan 3", read(HpcReader.create().withPlanId(3), "{\"data\": ").value().getName());
  }
}
