package org.responseplan.imports.fts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.TrickyCounts;
import org.responseplan.imports.TrickyCounts.Outcome;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;

/** Every value of the shared table of tricky counts as an FTS caseload total: the same outcome as everywhere. */
class FtsTrickyCountsTest {
  private static final String AT = "/data/plans/0/caseLoads/0/totals/0/value";
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private static Outcome read(String jsonValue) {
    String json = "{\"data\": {\"plans\": [{\"id\": 1, \"name\": \"P\", \"caseLoads\": [{\"totals\": [{\"type\":"
        + " \"inNeed\", \"value\": " + jsonValue + "}]}]}]}}";
    ImportResult<List<Plan>> r = FtsReader.create()
        .readPlanOverview(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    List<Finding> here = r.report().findings().stream().filter(f -> f.path().equals(AT)).toList();
    assertEquals(here.size(), r.report().findings().size(), () -> "findings elsewhere: " + r.report().findings());
    if (!here.isEmpty()) {
      assertEquals(1, here.size(), here::toString);
      return Outcome.problem(here.get(0).rule().code());
    }
    return r.value().get(0).getPeople().flatMap(p -> p.getInNeed().isPresent()
        ? java.util.Optional.of(Outcome.count(p.getInNeed().getAsLong())) : java.util.Optional.<Outcome>empty())
        .orElse(Outcome.blank());
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

  @Test
  void noPeopleFiguresForABlankValue() {
    assertEquals(java.util.Optional.<PeopleFigures>empty(), FtsReader.create().readPlanOverview(
        new ByteArrayInputStream(("{\"data\": {\"plans\": [{\"id\": 1, \"name\": \"P\", \"caseLoads\": [{\"totals\":"
            + " [{\"type\": \"inNeed\", \"value\": \"\"}]}]}]}}").getBytes(StandardCharsets.UTF_8)))
        .value().get(0).getPeople());
  }
}
