package org.responseplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HDX's flat table of HPC plan 1188 ({@code hpc-needs-plan-1188-flattened.csv}: people in need, targeted, ... by
 * area, cluster and category) reproduced from the command line, as a user would: {@code responseplan import hpc}, then
 * {@code responseplan indicators} by the dimensions each kind of row needs (subsets such as Disability by
 * {@code subset}). Every figure of every row is compared; the figures that cannot be reproduced are named with the
 * reason.
 */
class HpcFlatTableIT {
  private static final Path HPC = Path.of("..", "plan-import", "src", "test", "resources", "hpc");

  /** HDX's figure columns and the table's. HDX's "Reached" holds HPC's expectedReach. */
  private static final Map<String, String> FIGURES = new LinkedHashMap<>();

  static {
    FIGURES.put("Population", "total_population");
    FIGURES.put("In Need", "in_need");
    FIGURES.put("Targeted", "targeted");
    FIGURES.put("Affected", "affected");
    FIGURES.put("Reached", "expected_reach");
  }

  /** A table printed by {@code responseplan indicators}, its rows as column-to-value maps ("" for empty). */
  private record Table(String by, List<Map<String, String>> rows) {}

  private static Table indicators(Path plan, String by) throws Exception {
    CliIT.Run r = CliIT.run("", "indicators", plan.toString(), "--by", by);
    assertEquals(0, r.exit(), by + ": " + r.err());
    List<List<String>> lines = csv(r.out());
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> line : lines.subList(1, lines.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < line.size(); i++) {
        row.put(lines.get(0).get(i), line.get(i));
      }
      rows.add(row);
    }
    return new Table(by, rows);
  }

  @Test
  void everyRowOfTheFlatTableComesFromTheCommandLine(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.json");
    CliIT.Run imported = CliIT.run("", "import", "hpc", HPC.resolve("hpc-response-monitoring-plan-1188.json")
        .toString(), "-o", plan.toString());
    assertEquals(0, imported.exit(), imported.err());
    // One table per kind of row: plan-wide ("ALL") and per cluster, national and at an admin-2 area, by category.
    Map<String, Table> tables = new LinkedHashMap<>();
    for (String level : List.of("plan", "sector")) {
      for (String by : List.of("", ",adm2", ",adm2,sex", ",adm2,age", ",adm2,population_group", ",adm2,subset")) {
        tables.put(level + by, indicators(plan, level + by));
      }
    }
    assertTrue(tables.get("sector,adm2").rows().get(0).keySet().containsAll(List.of("sector", "sector_name", "adm2",
        "adm2_name", "total_population", "affected", "expected_reach")), tables.get("sector,adm2").toString());
    // A subset row names its subset as the plan's vocabulary does, and is never in the rows by population group.
    assertTrue(tables.get("plan,adm2,subset").rows().stream().anyMatch(row -> row.get("subset").equals("disability")
        && row.get("subset_name").equals("People with disabilities") && row.get("in_need").equals("93267")),
        tables.get("plan,adm2,subset").toString());
    assertTrue(tables.get("plan,adm2,population_group").rows().stream()
        .noneMatch(row -> row.get("population_group").contains("disab")));

    List<List<String>> csv =
        csv(Files.readString(HPC.resolve("hpc-needs-plan-1188-flattened.csv"), StandardCharsets.UTF_8));
    List<String> header = csv.get(0);
    List<String> failures = new ArrayList<>();
    List<String> notReproduced = new ArrayList<>();
    int reproducedRows = 0;
    int equalFigures = 0;
    int blankAndEmpty = 0;
    for (List<String> line : csv.subList(1, csv.size())) {
      Map<String, String> r = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        r.put(header.get(i), line.get(i));
      }
      String where = r.get("Description") + " [" + r.get("Cluster") + "] " + r.get("Admin 2 PCode") + " "
          + (r.get("Category").isEmpty() ? "(national)" : r.get("Category"));
      Map<String, String> row = find(tables, r, failures, where);
      if (row == null) {
        continue;
      }
      reproducedRows++;
      for (Map.Entry<String, String> f : FIGURES.entrySet()) {
        String source = r.get(f.getKey());
        String table = row.get(f.getValue());
        if (source.equals(table)) {
          if (source.isEmpty()) {
            blankAndEmpty++;
          } else {
            equalFigures++;
          }
        } else if (!source.chars().allMatch(Character::isDigit) && table.isEmpty()) {
          notReproduced.add(where + " " + f.getKey() + " " + source + ": not a whole number of people in the source, "
              + "skipped by the import, never rounded");
        } else {
          failures.add(where + " " + f.getKey() + ": the source has '" + source + "', the table '" + table + "'");
        }
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(127, reproducedRows, "every row of the flat table");
    assertEquals(List.of(
        "Water, Sanitation and Hygiene [WSH] SD01001 Adult Targeted 77873.16",
        "Water, Sanitation and Hygiene [WSH] SD01001 Children Targeted 126280.8",
        "Water, Sanitation and Hygiene [WSH] SD01001 Disability Targeted 31570.2",
        "Water, Sanitation and Hygiene [WSH] SD01001 Elderly Targeted 6314.04",
        "Water, Sanitation and Hygiene [WSH] SD01001 Female Targeted 107338.68",
        "Water, Sanitation and Hygiene [WSH] SD01001 Hostcommunities Targeted 5269.306391",
        "Water, Sanitation and Hygiene [WSH] SD01001 IDPs Targeted 2114.982659",
        "Water, Sanitation and Hygiene [WSH] SD01001 Male Targeted 103129.32",
        "Water, Sanitation and Hygiene [WSH] SD01001 Non-Displaced Targeted 203083.7109"),
        notReproduced.stream().map(n -> n.substring(0, n.indexOf(':'))).toList());
    // 127 rows x 5 figures: every one equal, or blank in the source and empty in the table, but nine fractional
    // targets (not whole people: the import keeps them in x-hpc-skipped with a warning, never rounded).
    assertEquals(127 * 5, equalFigures + blankAndEmpty + 9);
    assertEquals(271, equalFigures, "every one of the import's 271 counts");
  }

  @Test
  void sexAgeAndNamesInHxlAndJson(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.json");
    assertEquals(0, CliIT.run("", "import", "hpc", HPC.resolve("hpc-response-monitoring-plan-1188.json").toString(),
        "-o", plan.toString()).exit());
    CliIT.Run hxl = CliIT.run("", "indicators", plan.toString(), "--by", "sector,adm2,sex,age", "--format", "hxl");
    assertEquals(0, hxl.exit(), hxl.err());
    String[] lines = hxl.out().split("\r\n");
    assertEquals("sector,sector_name,adm2,adm2_name,sex,age,requirements,funding,funding_coverage_pct,in_need,"
        + "targeted,reached,need_coverage_pct,reach_coverage_pct,currency,total_population,affected,expected_reach",
        lines[0]);
    assertEquals("#sector,#sector+name,#adm2+code,#adm2+name,#x_sex,#x_age,#value+funding+required,"
        + "#value+funding+total,#value+funding+pct,#inneed,#targeted,#reached,#indicator+need_coverage+pct,"
        + "#indicator+reach_coverage+pct,#currency,#population,#affected,#indicator+expected_reach", lines[1]);
    // HEA has cells by sex and cells by age at Jebel Awlia, never both in one cell: the sex cells, counted once.
    assertTrue(List.of(lines).contains("HEA,Health,SD01001,Jebel Awlia,female,,,,,26678,18674,,70.00,,,,,"),
        hxl.out());
    CliIT.Run json = CliIT.run("", "indicators", plan.toString(), "--by", "plan,country,age", "--format", "json");
    assertEquals(0, json.exit(), json.err());
    assertTrue(json.out().contains("{\"plan\":\"hpc-1188\",\"country\":\"SDN\",\"country_name\":\"Sudan\","
        + "\"age\":\"60+\",\"requirements\":null,"), json.out());
  }

  /** CSV text (RFC 4180, no line breaks inside cells, as both files are) as rows of cells. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      rows.add(cells);
    }
    return rows;
  }

  /** The table row a flat-table row is reproduced by, or null (with a failure) when there is none or several. */
  private static @Nullable Map<String, String> find(Map<String, Table> tables, Map<String, String> r,
      List<String> failures, String where) {
    boolean planWide = r.get("Cluster").equals("ALL");
    String adm2 = r.get("Admin 2 PCode");
    String category = r.get("Category");
    String column;
    String value;
    switch (category) {
      case "" -> { column = null; value = null; }
      case "total" -> { column = null; value = null; }
      case "Female", "Male" -> { column = "sex"; value = category.toLowerCase(java.util.Locale.ROOT); }
      case "Children" -> { column = "age"; value = "0-17"; }
      case "Adult" -> { column = "age"; value = "18"; } // 18-59 where elderly are reported apart, else 18+
      case "Elderly" -> { column = "age"; value = "60+"; }
      case "IDPs" -> { column = "population_group"; value = "idps"; }
      case "Refugees" -> { column = "population_group"; value = "refugees"; }
      case "Hostcommunities" -> { column = "population_group"; value = "host-community"; }
      case "Non-Displaced" -> { column = "population_group"; value = "non-displaced"; }
      // Subsets: people also counted in the other categories, asked for with --by subset.
      case "Disability" -> { column = "subset"; value = "disability"; }
      case "Famine Response" -> { column = "subset"; value = "famine-response"; }
      default -> {
        failures.add(where + ": a category this test does not map");
        return null;
      }
    }
    String key = (planWide ? "plan" : "sector") + (adm2.isEmpty() ? "" : ",adm2")
        + (column == null ? "" : "," + column);
    List<Map<String, String>> found = new ArrayList<>();
    for (Map<String, String> row : tables.get(key).rows()) {
      boolean level = planWide || (row.get("sector_name").equals(r.get("Description"))
          && (r.get("Cluster").isEmpty() || row.get("sector").equals(r.get("Cluster"))));
      boolean area = adm2.isEmpty()
          || (row.get("adm2").equals(adm2) && row.get("adm2_name").equals(r.get("Admin 2 Name")));
      boolean cell = column == null || (value.equals("18") ? row.get(column).matches("18(-[0-9]+|\\+)")
          : row.get(column).equals(value));
      if (level && area && cell) {
        found.add(row);
      }
    }
    if (found.size() != 1) {
      failures.add(where + ": " + found.size() + " rows of 'indicators --by " + key + "' match: " + found);
      return null;
    }
    return found.get(0);
  }
}
