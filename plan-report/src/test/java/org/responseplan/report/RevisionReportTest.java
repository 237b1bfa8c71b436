package org.responseplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.PlanDiff;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.Plan;

/** Original and revised requirements in the HTML report, and a plan diff as JSON. */
class RevisionReportTest {
  private static final String REVISED = """
      {
        "id": "r-2020",
        "name": "Revised 2020",
        "requirements": {"amount": 1131050820, "currency": "USD"},
        "originalRequirements": {"amount": 732600000, "currency": "USD"},
        "funding": {"total": {"amount": 564467765, "currency": "USD"}},
        "sectors": [
          {"id": "5254", "code": {"vocabulary": "x-fts", "code": "5254", "name": "Coordination"},
           "requirements": {"amount": 14939040, "currency": "USD"},
           "originalRequirements": {"amount": 14400000, "currency": "USD"}},
          {"id": "5403", "code": {"vocabulary": "x-fts", "code": "5403", "name": "Health COVID-19"},
           "requirements": {"amount": 107614298, "currency": "USD"}}
        ],
        "vocabularies": [{"id": "x-fts", "name": "FTS clusters"}]
      }
      """;

  private static Plan plan(String json) {
    PlanReadResult r = PlanJson.reader().read(json);
    assertEquals(List.of(), r.findings());
    return r.plan().orElseThrow();
  }

  @Test
  void theReportShowsOriginalRequirementsWithTheRevisionAndCoverageOnTheRevisedFigure() {
    Plan plan = plan(REVISED);
    String html = HtmlReport.render(plan, PlanJson.reader().read(REVISED).validate(), Locale.ENGLISH);
    assertTrue(html.contains("<dt>Originally required</dt><dd>732,600,000 USD (+54.39 %)</dd>"), html);
    assertTrue(html.contains("49.91 %"), "coverage on the revised figure");
    assertFalse(html.contains("77.05 %"), "never on the original figure");
    assertTrue(html.contains("<td class=\"num\">14,400,000 USD (+3.74 %)</td>"), html);
    assertTrue(html.contains("Health COVID-19</th><td class=\"num\">107,614,298 USD</td><td class=\"num\">"
        + "not reported</td>"), "an original not reported is not 0");
    String spanish = HtmlReport.render(plan, PlanJson.reader().read(REVISED).validate(), Locale.forLanguageTag("es"));
    assertTrue(spanish.contains("<dt>Requerido originalmente</dt><dd>732.600.000 USD (+54,39 %)</dd>"), spanish);
  }

  @Test
  void aPlanWithoutOriginalRequirementsKeepsItsTableShape() {
    String plain = REVISED.replace("\"originalRequirements\"", "\"x-was\"");
    String html = HtmlReport.render(plan(plain), PlanJson.reader().read(plain).validate(), Locale.ENGLISH);
    assertFalse(html.contains("Originally required"), html);
  }

  @Test
  void aDiffAsJsonHasPointersValuesAndChanges() {
    Plan after = plan(REVISED);
    Plan before = Plan.builder().from(after).requirements(after.getOriginalRequirements()).build();
    String json = PlanDiffJson.toJson(PlanDiff.between(before, after));
    assertEquals("{\"identical\":false,\"changes\":[{\"kind\":\"changed\",\"what\":\"Plan requirements\","
        + "\"oldPath\":\"/requirements\",\"newPath\":\"/requirements\","
        + "\"old\":{\"amount\":732600000,\"currency\":\"USD\"},\"new\":{\"amount\":1131050820,\"currency\":\"USD\"},"
        + "\"unit\":\"USD\",\"change\":398450820,\"changePct\":54.39}]}", json);
    Plan noSectors = Plan.builder().from(after).sectors(List.of()).build();
    String removed = PlanDiffJson.toJson(PlanDiff.between(after, noSectors));
    assertTrue(removed.startsWith("{\"identical\":false,\"changes\":[{\"kind\":\"removed\",\"what\":\"Sector "
        + "\\\"Coordination\\\"\",\"oldPath\":\"/sectors/0\",\"newPath\":null,\"old\":{\"id\":\"5254\","), removed);
    assertTrue(removed.contains("\"new\":null,\"unit\":null,\"change\":null,\"changePct\":null}"), removed);
  }
}
