package org.responseplan.imports.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.TrickyCounts;
import org.responseplan.imports.TrickyCounts.Outcome;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;

/** Every value of the shared table of tricky counts as an HPC dataMatrix value: the same outcome as everywhere. */
class HpcTrickyCountsTest {
  private static final String AT = "/data/caseloads/0/disaggregatedAttachments/0/dataMatrix/0/value";
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private static Outcome read(String jsonValue) {
    String json = """
        {"data": {"planId": 1,
          "locations": [{"id": 1, "name": "Colombia", "adminLevel": 0, "iso3": "COL"}],
          "caseloads": [{"caseloadType": "plan", "disaggregatedAttachments": [{"locationId": 1,
            "categoryLabel": "total", "categoryName": "Total",
            "dataMatrix": [{"metricType": "inNeed", "value": %s}]}]}]}}
        """.formatted(jsonValue);
    ImportResult<Plan> r = HpcReader.create()
        .readResponseMonitoring(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    List<Finding> here = r.report().findings().stream().filter(f -> f.path().equals(AT)).toList();
    assertEquals(here.size(), r.report().findings().size(), () -> "findings elsewhere: " + r.report().findings());
    if (!here.isEmpty()) {
      assertEquals(1, here.size(), here::toString);
      return Outcome.problem(here.get(0).rule().code());
    }
    OptionalLong v = r.value().getPeople().map(p -> p.getBreakdown().stream().findFirst()
        .map(PeopleCell::getInNeed).orElse(OptionalLong.empty())).orElse(OptionalLong.empty());
    return v.isPresent() ? Outcome.count(v.getAsLong()) : Outcome.blank();
  }

  @Test
  void everyTrickyCountAsAString() {
    for (TrickyCounts.Case c : TrickyCounts.CASES) {
      assertEquals(c.expected(), read("\"" + c.input() + "\""), "\"" + c.input() + "\"");
    }
  }

  @Test
  void everyTrickyCountThatIsAJsonNumberAsANumber() {
    int numbers = 0;
    for (TrickyCounts.Case c : TrickyCounts.CASES) {
      if (JSON_NUMBER.matcher(c.input()).matches()) {
        numbers++;
        assertEquals(c.expected(), read(c.input()), c.input());
      }
    }
    assertEquals(18, numbers, "JSON numbers in the table");
    assertEquals(Outcome.blank(), read("null"));
  }
}
