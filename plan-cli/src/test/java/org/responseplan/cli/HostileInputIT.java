package org.responseplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line in a 256 MB heap (the limit the project promises) on inputs built to exhaust it, generated
 * here: each gives a limit finding (exit 1) or one line and exit 2, never a stack trace.
 */
class HostileInputIT {
  private static final List<String> HEAP = List.of("-Xmx256m");

  private static void assertNoStackTrace(CliIT.Run r) {
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("Error:"), r.err());
  }

  private static Path write(Path file, String head, String unit, long count, String tail) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(head);
      for (long i = 0; i < count; i++) {
        w.write(unit);
      }
      w.write(tail);
    }
    return file;
  }

  @Test
  void aRowOfTwoMillionCellsIsACsvLimit(@TempDir Path dir) throws Exception {
    Path csv = write(dir.resolve("cells.csv"), "#org,#sector\n", "a,", 1_999_999, "a\n");
    for (String command : List.of("import", "indicators")) {
      CliIT.Run r = command.equals("import") ? CliIT.runIn(HEAP, "", "import", "hxl", csv.toString())
          : CliIT.runIn(HEAP, "", "indicators", csv.toString());
      assertEquals(1, r.exit(), r.err());
      assertTrue(r.err().contains("csv-limit") && r.err().contains("CsvLimits.maxCellsPerRow"), r.err());
      assertNoStackTrace(r);
    }
  }

  @Test
  void aHashtagRowOfHalfAMillionHashtagsIsACsvLimit(@TempDir Path dir) throws Exception {
    Path csv = write(dir.resolve("tags.csv"), "#tag+a", ",#tag+b", 499_999, "\n1\n");
    CliIT.Run r = CliIT.runIn(HEAP, "", "import", "hxl", csv.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("csv-limit"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void twoMillionMembersAtTheTopOfAPlanAreAJsonLimit(@TempDir Path dir) throws Exception {
    Path json = write(dir.resolve("members.json"), "{\"id\": \"p\", \"name\": \"n\"", ",\"x-0000000\":100",
        2_000_000, "}");
    CliIT.Run r = CliIT.runIn(HEAP, "", "validate", json.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("json-limit") && r.out().contains("ReadLimits.maxMembersPerObject"), r.out());
    assertNoStackTrace(r);
  }

  @Test
  void runningOutOfMemoryIsOneLineNamingTheFileAndExitTwo(@TempDir Path dir) throws Exception {
    // A valid plan within every read limit, in a heap too small for it.
    Path json = write(dir.resolve("big.json"), "{\"id\": \"p\", \"name\": \"n\", \"objectives\": [",
        "{\"id\": \"o\", \"title\": \"an objective with a title\"},", 300_000, "{\"id\": \"z\", \"title\": \"t\"}]}");
    CliIT.Run r = CliIT.runIn(List.of("-Xmx24m"), "", "validate", json.toString());
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("responseplan: " + json + ": out of memory"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void valid64MegabyteImporterAnswersAreReadOrRefusedWithinTheHeap(@TempDir Path dir) throws Exception {
    // Real shapes repeated to just under ReadLimits.maxDocumentBytes (64 MiB): an FTS plan overview and an HPC answer.
    String plan = "{\"id\": 1, \"planVersion\": {\"code\": \"HAFG20\", \"name\": \"Afghanistan 2020\"}, "
        + "\"categories\": [{\"id\": 4, \"name\": \"Humanitarian response plan\"}], \"locations\": [{\"id\": 1, "
        + "\"iso3\": \"AFG\", \"name\": \"Afghanistan\"}], \"years\": [{\"year\": \"2020\"}], "
        + "\"requirements\": {\"requirements\": 1000, \"revisedRequirements\": 1100}, \"funding\": "
        + "{\"totalFunding\": 10, \"progress\": 0.9}},";
    Path fts = write(dir.resolve("overview.json"), "{\"data\": {\"plans\": [", plan,
        (63L << 20) / plan.length(), "{\"id\": 2}]}}");
    String caseload = "{\"caseloadId\": 1, \"caseloadDescription\": \"Refugees\", \"totals\": [{\"type\": "
        + "\"inNeed\", \"value\": 100}], \"disaggregatedAttachments\": []},";
    Path hpc = write(dir.resolve("hpc.json"), "{\"data\": {\"id\": 1188, \"caseloads\": [", caseload,
        (63L << 20) / caseload.length(), "{\"caseloadId\": 2}]}}");
    for (List<String> args : List.of(List.of("import", "fts", fts.toString(), "-o", dir.resolve("fts-out").toString()),
        List.of("import", "hpc", hpc.toString(), "-o", dir.resolve("hpc-out.json").toString()))) {
      CliIT.Run r = CliIT.runIn(HEAP, "", args.toArray(String[]::new));
      assertEquals(1, r.exit(), args + ": " + r.err());
      assertTrue(r.out().contains("json-limit") || r.err().contains("json-limit"), r.out() + r.err());
      assertNoStackTrace(r);
    }
  }
}
