package org.responseplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.cli.CliIT.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.cli.CliIT.Run;

/** {@code responseplan diff}: exit codes, text for people, JSON with pointers, on the example revision pair. */
class DiffIT {
  private static final Path REVISIONS = Path.of("..", "examples", "plans", "revisions");
  private static final String OLD = REVISIONS.resolve("interagency-example-2023-original.json").toString();
  private static final String NEW = REVISIONS.resolve("interagency-example-2023-revised.json").toString();
  private static final String SEED = Path.of("..", "examples", "plans", "iom-venezuela-rmrp-2022.json").toString();

  @Test
  void aPlanAgainstItselfExitsZero() throws Exception {
    Run r = run("", "diff", SEED, SEED);
    assertEquals(0, r.exit(), r.err());
    assertEquals("No differences.\n", r.out());
    Run json = run("", "diff", "--format", "json", SEED, SEED);
    assertEquals(0, json.exit(), json.err());
    assertEquals("{\"identical\":true,\"changes\":[]}\n", json.out());
  }

  @Test
  void theRevisionPairDiffersAndTheTextNamesWhatChanged() throws Exception {
    Run r = run("", "diff", OLD, NEW);
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.err());
    String[] expected = {
        "Plan name: \"Example inter-agency response plan 2023, as launched (illustrative)\" -> \"Example inter-agency"
            + " response plan 2023, mid-year revision (illustrative)\"",
        "Plan last updated: 2023-01-31 -> 2023-07-15",
        "Plan requirements: 110,000,000 -> 120,000,000 USD (+9.1 %)",
        "Plan original requirements added: 110,000,000 USD",
        "Plan funding: 18,400,000 -> 52,300,000 USD (+184.2 %)",
        "Plan people targeted (Refugees and migrants in destination, COL): 400,000 -> 420,000 people (+5.0 %)",
        "Objective 2 \"Protect refugees and migrants and give them safe shelter\", sector \"Shelter\" original"
            + " requirements added: 15,000,000 USD",
        "Objective 2 \"Protect refugees and migrants and give them safe shelter\" requirements: 40,000,000 ->"
            + " 45,000,000 USD (+12.5 %)"};
    for (String line : expected) {
      assertTrue(r.out().contains(line + "\n"), line + "\nin:\n" + r.out());
    }
    assertTrue(r.out().contains("sector \"Food Security\" added\n"), r.out());
    assertFalse(r.out().contains("Operational presence"), "a reordering is no change: " + r.out());
    assertFalse(r.out().contains("/objectives/"), "names, not pointers: " + r.out());
  }

  @Test
  void jsonGivesPointersValuesAndChanges() throws Exception {
    Run r = run("", "diff", "--format", "json", OLD, NEW);
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().startsWith("{\"identical\":false,\"changes\":[{\"kind\":\"changed\""), r.out());
    assertTrue(r.out().contains("{\"kind\":\"changed\",\"what\":\"Plan requirements\",\"oldPath\":\"/requirements\","
        + "\"newPath\":\"/requirements\",\"old\":{\"amount\":110000000,\"currency\":\"USD\"},"
        + "\"new\":{\"amount\":120000000,\"currency\":\"USD\"},\"unit\":\"USD\",\"change\":10000000,"
        + "\"changePct\":9.09}"), r.out());
    assertTrue(r.out().contains("\"kind\":\"added\",\"what\":\"Plan original requirements\",\"oldPath\":null,"
        + "\"newPath\":\"/originalRequirements\",\"old\":null,"), r.out());
    assertTrue(r.out().endsWith("]}\n"), r.out());
  }

  @Test
  void anUnreadableFileExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"id\": \"x\", \"name\": ", StandardCharsets.UTF_8);
    Run r = run("", "diff", SEED, broken.toString());
    assertEquals(2, r.exit(), r.out());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("responseplan: " + broken + ": cannot be compared, not a readable plan: "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    Run missing = run("", "diff", dir.resolve("none.json").toString(), SEED);
    assertEquals(2, missing.exit());
    assertEquals(1, missing.err().lines().count(), missing.err());
    Run oneFile = run("", "diff", SEED);
    assertEquals(2, oneFile.exit());
  }

  @Test
  void standardInputCanBeTheOldVersion() throws Exception {
    Run r = run(Files.readString(Path.of(SEED)), "diff", "-", SEED);
    assertEquals(0, r.exit(), r.err());
  }
}
