package org.responseplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.ValidationReport;

/**
 * The HTML report shows text from the plan (names, identifiers, codes, vocabulary names) and from its findings
 * (values quoted in messages) only escaped: a plan full of markup cannot inject any into the page. The checks read
 * the page as text, without an HTML parser.
 */
class HtmlReportEscapingTest {
  /** Markup, both quotes, an ampersand, the end of the page's style element, and text beyond ASCII. */
  private static final String EVIL = "<script>alert(\"x\")</script> & 'q' </style> Señal ñandú 北京";
  private static final String EVIL_ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; "
      + "&lt;/style&gt; Señal ñandú 北京";

  /** The same text as a JSON string literal. */
  private static final String EVIL_JSON = "\"" + EVIL.replace("\"", "\\\"") + "\"";

  private static final String PLAN = """
      {
        "id": %1$s,
        "name": %1$s,
        "planType": {"vocabulary": "plan-type", "code": %1$s},
        "operationalPresence": [{"country": "COL"}, {"country": "<SCRIPT>"}],
        "requirements": {"amount": 100, "currency": "USD"},
        "people": {
          "inNeed": 10,
          "targeted": 20,
          "breakdown": [
            {"populationGroup": {"vocabulary": "evil-groups", "code": "g<script>"}, "targeted": 5},
            {"populationGroup": {"vocabulary": "evil-groups", "code": %1$s}, "targeted": 4}
          ]
        },
        "objectives": [
          {
            "id": %1$s,
            "title": %1$s,
            "requirements": {"amount": 60, "currency": "USD"},
            "sectors": [
              {
                "id": %1$s,
                "code": {"vocabulary": "evil-sectors", "code": %1$s},
                "requirements": {"amount": 200, "currency": "USD"}
              }
            ]
          }
        ],
        "vocabularies": [
          {"id": "evil-groups", "name": %1$s, "codes": {"g<script>": %1$s}},
          {"id": "evil-sectors", "name": %1$s, "codes": {"</style>": %1$s}}
        ],
        "x-evil": {"note": %1$s, "<script>": [%1$s]},
        "unknownMember<script>": %1$s
      }
      """.formatted(EVIL_JSON);

  @Test
  void everyTextFromThePlanAndItsFindingsIsEscaped() {
    PlanReadResult read = PlanJson.reader().lenient().read(PLAN);
    Plan plan = read.plan().orElseThrow(() -> new AssertionError("the test plan must read: " + read.findings()));
    ValidationReport report = read.validate();
    // The plan does carry the text everywhere the test means it to, and findings quote it.
    assertEquals(EVIL, plan.getName());
    assertEquals(EVIL, plan.getId());
    assertEquals(EVIL, plan.getObjectives().get(0).getTitle());
    assertTrue(plan.getExtensions().containsKey("x-evil"), plan.getExtensions().toString());
    List<Finding> quoting = report.findings().stream().filter(f -> f.message().contains("<")).toList();
    assertFalse(quoting.isEmpty(), "some finding quotes markup: " + report.findings());

    String html = HtmlReport.render(plan, report, Locale.ENGLISH);

    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "raw <script in the page");
    assertEquals(1, count(html, "</style"), "the style element is ended once, by the page itself");
    assertEquals(1, count(html, "<style"), "one style element");
    // The name in the title and the heading, escaped, with the text beyond ASCII kept as it is.
    assertTrue(html.contains("<title>" + EVIL_ESCAPED + " - "), "title");
    assertTrue(html.contains("<h1>" + EVIL_ESCAPED + "</h1>"), "heading");
    assertTrue(html.contains(">" + EVIL_ESCAPED + "</th>"), "objective row");
    for (Finding f : quoting) {
      assertTrue(html.contains(escaped(f.message())), "the finding is shown escaped: " + f.message());
    }
    assertOnlyQuotedEscapedAttributes(html);
    assertOnlyEntities(html);
  }

  @Test
  void spanishLabelsEscapeTheSame() {
    PlanReadResult read = PlanJson.reader().lenient().read(PLAN);
    Plan plan = read.plan().orElseThrow();
    String html = HtmlReport.render(plan, read.validate(), Locale.forLanguageTag("es"));
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
    assertTrue(html.contains("<h1>" + EVIL_ESCAPED + "</h1>"));
    assertOnlyQuotedEscapedAttributes(html);
    assertOnlyEntities(html);
  }

  /** Every start tag has a name and attributes written {@code name="value"}, the value without {@code < > "}. */
  private static void assertOnlyQuotedEscapedAttributes(String html) {
    Pattern tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>");
    Pattern attributes = Pattern.compile("(\\s+[a-zA-Z-]+(=\"[^\"<>]*\")?)*\\s*/?");
    Matcher m = tag.matcher(html);
    int tags = 0;
    while (m.find()) {
      tags++;
      assertTrue(attributes.matcher(m.group(2)).matches(), "attributes not quoted or not escaped: " + m.group());
    }
    assertTrue(tags > 50, "the page has its tags: " + tags);
    // No tag is left open: every '<' begins a tag, an end tag, a comment or the doctype.
    Matcher lt = Pattern.compile("<(?![a-zA-Z/!])").matcher(html);
    assertFalse(lt.find(), () -> "a raw '<' at " + lt.start() + ": " + html.substring(lt.start(),
        Math.min(html.length(), lt.start() + 40)));
  }

  /** Every {@code &} starts a character reference. */
  private static void assertOnlyEntities(String html) {
    Matcher amp = Pattern.compile("&(?!(amp|lt|gt|quot|#39|#[0-9]+);)").matcher(html);
    assertFalse(amp.find(), () -> "a raw '&' at " + amp.start() + ": " + html.substring(amp.start(),
        Math.min(html.length(), amp.start() + 40)));
  }

  private static String escaped(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static int count(String s, String part) {
    List<Integer> at = new ArrayList<>();
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      at.add(i);
    }
    return at.size();
  }
}
