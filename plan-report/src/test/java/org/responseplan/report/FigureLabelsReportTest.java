package org.responseplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.PlanRollup;
import org.responseplan.indicators.PlanSummary;
import org.responseplan.indicators.Rounding;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.Plan;

/** A people figure given as text is shown where its number would be: in the HTML page, escaped, and in JSON tables. */
class FigureLabelsReportTest {
  private static final String PLAN = """
      {
        "id": "labels-2021",
        "name": "Labels 2021",
        "requirements": {"amount": 1200, "currency": "USD"},
        "people": {"inNeed": 50000, "labels": {"targeted": "At risk communities"}},
        "objectives": [
          {
            "id": "o1",
            "title": "Reduce risks",
            "requirements": {"amount": 700, "currency": "USD"},
            "people": {"reached": 4000, "labels": {"targeted": "Communities <at risk> & \\"others\\""}}
          },
          {
            "id": "o2",
            "title": "Meet basic needs",
            "requirements": {"amount": 500, "currency": "USD"},
            "people": {"inNeed": 30000, "targeted": 12000, "labels": {"targeted": "Migrants in transit"}}
          }
        ]
      }
      """;

  private static PlanReadResult read() {
    PlanReadResult r = PlanJson.reader().read(PLAN);
    assertEquals(List.of(), r.findings());
    return r;
  }

  @Test
  void theReportShowsEachLabelEscapedWhereTheFigureWouldBe() {
    PlanReadResult r = read();
    String html = HtmlReport.render(r.plan().orElseThrow(), r.validate(), Locale.ENGLISH);
    // The headline: the plan's targeted figure is its text, and need coverage says why it is undefined.
    assertTrue(html.contains("<dt>People targeted</dt><dd>&quot;At risk communities&quot;</dd>"), html);
    assertTrue(html.contains("<dt>Targeted of in need</dt><dd>undefined (targeted is given as text: "
        + "&quot;At risk communities&quot;)</dd>"), html);
    // The funding table: the objective's text, escaped, in the targeted column; a label beside a number is kept.
    assertTrue(html.contains("<td class=\"num\">&quot;Communities &lt;at risk&gt; &amp; &quot;others&quot;&quot;"
        + "</td></tr>"), html);
    assertFalse(html.contains("<at risk>"), "the label is never markup");
    assertTrue(html.contains("<td class=\"num\">12,000 (&quot;Migrants in transit&quot;)</td></tr>"), html);
    // The validator's info findings quote the labels, escaped.
    assertTrue(html.contains("<code>figure-label</code>"), html);
  }

  @Test
  void aPlanWithoutLabelsShowsItsFiguresAsBefore() {
    Plan plan = PlanJson.reader().read("{\"id\": \"p\", \"name\": \"P\", \"people\": {\"targeted\": 1500}}")
        .plan().orElseThrow();
    String html = HtmlReport.render(plan, org.responseplan.model.validation.PlanValidator.create().validate(plan),
        Locale.ENGLISH);
    assertTrue(html.contains("<dt>People targeted</dt><dd>1,500</dd>"), html);
    assertTrue(html.contains("<dt>People in need</dt><dd>not reported</dd>"), html);
  }

  @Test
  void jsonRowsCarryTheLabelBesideTheFigure() {
    Plan plan = read().plan().orElseThrow();
    String json = IndicatorTableJson.toJson(PlanRollup.of(plan).by(Dimension.OBJECTIVE));
    assertTrue(json.contains("\"in_need\":null,\"targeted\":null,"
        + "\"targeted_label\":\"Communities <at risk> & \\\"others\\\"\",\"reached\":4000,"), json);
    assertTrue(json.contains("\"targeted\":12000,\"targeted_label\":\"Migrants in transit\",\"reached\":null,"), json);
    assertFalse(json.contains("in_need_label"), "no level gives in need as text");

    String summary = IndicatorTableJson.toJson(PlanSummary.of(plan).toTable(Rounding.FTS));
    assertTrue(summary.contains("\"in_need\":50000,\"targeted\":null,\"targeted_label\":\"At risk communities\","),
        summary);
  }

  @Test
  void jsonRowsOfAPlanWithoutLabelsHaveNoLabelMembers() {
    Plan plan = PlanJson.reader().read("{\"id\": \"p\", \"name\": \"P\", \"people\": {\"targeted\": 1500}}")
        .plan().orElseThrow();
    String json = IndicatorTableJson.toJson(PlanRollup.of(plan).by());
    assertFalse(json.contains("_label"), json);
    assertTrue(json.contains("\"targeted\":1500,\"reached\":null,"), json);
  }
}
