package org.responseplan.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.Calculation;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.PlanRollup;
import org.responseplan.indicators.PlanSummary;
import org.responseplan.indicators.Rounding;
import org.responseplan.model.Code;
import org.responseplan.model.Location;
import org.responseplan.model.Money;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.ValidationReport;

/**
 * One self-contained HTML page about a plan, for programme staff: headline figures, a funding bar per objective and
 * sector, people in need, targeted and reached by population group, operational presence, and the validation
 * findings. No network resources: the CSS and the SVG bars are inline. Real tables with captions and header cells,
 * a text alternative for every bar, and a print style. Labels in English or Spanish. A people figure the plan gives as
 * text is shown as that text, in quotes, where the number would be.
 *
 * <pre>{@code
 * String html = HtmlReport.render(plan, PlanValidator.create().validate(plan), Locale.ENGLISH);
 * }</pre>
 */
public final class HtmlReport {
  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;margin:2rem auto;\
      max-width:70rem;padding:0 1rem;line-height:1.4}
      h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #0a5e8a}
      .meta{color:#444;margin-top:0}
      .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.8rem;margin:1rem 0}
      .figure{border:1px solid #c8d3dc;border-radius:.4rem;padding:.6rem .8rem}
      .figure dt{font-size:.85rem;color:#444}.figure dd{margin:0;font-size:1.35rem;font-weight:600}
      table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;font-weight:600;padding:.3rem 0}
      th,td{border-bottom:1px solid #d9e1e7;padding:.35rem .5rem;text-align:left;vertical-align:middle}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      tr.objective th{font-weight:600}tr.sector th{font-weight:400;padding-left:1.5rem}
      svg.bar{width:12rem;height:.9rem;vertical-align:middle}
      .error{color:#a4161a;font-weight:600}.warning{color:#8a5300;font-weight:600}.info{color:#0a5e8a}
      .note{color:#444;font-size:.9rem}
      .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
      @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}\
      .figure{border-color:#000}svg.bar rect.fill{fill:#000}}
      """;

  private final Plan plan;
  private final ValidationReport report;
  private final Locale locale;
  private final ResourceBundle labels;
  private final NumberFormat integer;
  private final StringBuilder out = new StringBuilder(16_384);

  private HtmlReport(Plan plan, ValidationReport report, Locale locale) {
    this.plan = plan;
    this.report = report;
    this.locale = locale.getLanguage().equals("es") ? locale : Locale.ENGLISH;
    this.labels = ResourceBundle.getBundle("org.responseplan.report.labels", this.locale);
    this.integer = NumberFormat.getIntegerInstance(this.locale);
  }

  /**
   * The report page of a plan, a self-contained HTML document.
   *
   * @param plan the plan to show
   * @param report its validation report, whose findings the page lists (their messages as they were made, in the
   *     report's own language)
   * @param locale the language of the page's labels and number format: Spanish for a locale of language {@code es},
   *     English for any other
   * @return the whole HTML page, UTF-8 text
   */
  public static String render(Plan plan, ValidationReport report, Locale locale) {
    return new HtmlReport(plan, report, locale).page();
  }

  private String page() {
    PlanSummary summary = PlanSummary.of(plan);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(plan.getName())).append(" - ").append(label("title")).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    out.append("<h1>").append(esc(plan.getName())).append("</h1>\n<p class=\"meta\">");
    plan.getPlanType().ifPresent(t -> out.append(esc(Vocabularies.displayName(t))).append(" · "));
    plan.getPeriod().ifPresent(p -> out.append(label("period")).append(' ').append(p.start()).append(" – ")
        .append(p.end()).append(" · "));
    plan.getLastUpdated().ifPresent(d -> out.append(label("lastUpdated")).append(' ').append(d));
    out.append("</p>\n");
    headline(summary.levels().get(0));
    funding(summary);
    people();
    presence();
    findings();
    out.append("<p class=\"note\">").append(label("generated")).append("</p>\n");
    if (plan.getExtensions().containsKey("x-figure-sources")) {
      out.append("<p class=\"note\">").append(label("illustrative")).append("</p>\n");
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void headline(PlanSummary.Level level) {
    out.append("<section aria-labelledby=\"headline\">\n<h2 id=\"headline\">").append(label("headline"))
        .append("</h2>\n<dl class=\"figures\">\n");
    figure("requirements", money(level.requirements()));
    if (level.originalRequirements().isPresent()) {
      figure("originalRequirements", revision(level));
    }
    figure("funding", money(level.funding()));
    figure("coverage", percent(level.indicator("funding coverage")));
    figure("gap", level.indicator("funding gap").exact()
        .map(v -> amount(v, level.requirements().map(Money::currency).orElse(""))).orElse(label("undefined")));
    figure("inNeed", figureText(level, PeopleMetric.IN_NEED, level.inNeed()));
    figure("targeted", figureText(level, PeopleMetric.TARGETED, level.targeted()));
    figure("reached", figureText(level, PeopleMetric.REACHED, level.reached()));
    figure("needCoverage", percent(level.indicator("need coverage")));
    out.append("</dl>\n</section>\n");
  }

  /** Original requirements with the change to the current figure: {@code 732,600,000 USD (+54.39 %)}. */
  private String revision(PlanSummary.Level l) {
    String original = money(l.originalRequirements());
    Calculation change = l.indicator("requirements revision");
    if (!change.isDefined()) {
      return original;
    }
    return original + " (" + (change.exact().orElseThrow().signum() > 0 ? "+" : "") + percent(change) + ")";
  }

  private void figure(String key, String value) {
    out.append("<div class=\"figure\"><dt>").append(label(key)).append("</dt><dd>").append(esc(value))
        .append("</dd></div>\n");
  }

  private void funding(PlanSummary summary) {
    out.append("<section aria-labelledby=\"funding\">\n<h2 id=\"funding\">").append(label("fundingByLevel"))
        .append("</h2>\n<table>\n<caption class=\"visually-hidden\">").append(label("fundingByLevel")).append("</caption>\n<thead><tr>")
        .append("<th scope=\"col\">").append(label("level")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(label("requirements")).append("</th>");
    // The column of original requirements only when a level states them (a revised plan), so that other reports
    // keep their shape.
    boolean revised = summary.levels().stream().anyMatch(l -> !l.kind().equals("plan")
        && l.originalRequirements().isPresent());
    if (revised) {
      out.append("<th scope=\"col\" class=\"num\">").append(label("originalRequirements")).append("</th>");
    }
    out.append("<th scope=\"col\" class=\"num\">").append(label("funding")).append("</th>")
        .append("<th scope=\"col\">").append(label("coverage")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(label("targeted")).append("</th></tr></thead>\n<tbody>\n");
    for (PlanSummary.Level l : summary.levels()) {
      if (l.kind().equals("plan")) {
        continue;
      }
      Calculation coverage = l.indicator("funding coverage");
      out.append("<tr class=\"").append(l.kind()).append("\"><th scope=\"row\">").append(esc(l.name()))
          .append("</th><td class=\"num\">").append(esc(money(l.requirements())));
      if (revised) {
        out.append("</td><td class=\"num\">")
            .append(esc(l.originalRequirements().isPresent() ? revision(l) : label("notReported")));
      }
      out.append("</td><td class=\"num\">").append(esc(money(l.funding())))
          .append("</td><td>").append(coverage.isDefined() ? bar(l.name(), l, coverage) + " " : "")
          .append(esc(coverage.isDefined() || l.funding().isPresent() ? percent(coverage) : label("notReported")))
          .append("</td><td class=\"num\">").append(esc(figureText(l, PeopleMetric.TARGETED, l.targeted())))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** An SVG bar of the funded share (capped at the bar's end; the text says above 100 %), with its text. */
  private String bar(String name, PlanSummary.Level l, Calculation coverage) {
    BigDecimal share = coverage.exact().orElse(null);
    String alt = MessageFormat.format(label("progressAlt"), name, money(l.funding()), money(l.requirements()),
        percent(coverage));
    double width = share == null ? 0 : Math.min(1.0, share.doubleValue()) * 200;
    return "<svg class=\"bar\" viewBox=\"0 0 200 14\" role=\"img\" aria-label=\"" + esc(alt) + "\"><title>"
        + esc(alt) + "</title><rect width=\"200\" height=\"14\" fill=\"#e3e9ee\"/>"
        + "<rect class=\"fill\" width=\"" + String.format(Locale.ROOT, "%.1f", width)
        + "\" height=\"14\" fill=\"#0a5e8a\"/></svg>";
  }

  private void people() {
    out.append("<section aria-labelledby=\"people\">\n<h2 id=\"people\">").append(label("peopleByGroup"))
        .append("</h2>\n");
    IndicatorTable t = PlanRollup.of(plan).by(Dimension.POPULATION_GROUP);
    boolean anyGroup = t.column("population_group").stream().anyMatch(v -> v != null);
    if (!anyGroup) {
      out.append("<p>").append(label("noGroups")).append("</p>\n");
    }
    out.append("<table>\n<caption class=\"visually-hidden\">").append(label("peopleByGroup")).append("</caption>\n<thead><tr>")
        .append("<th scope=\"col\">").append(label("group")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(label("inNeed")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(label("targeted")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(label("reached")).append("</th></tr></thead>\n<tbody>\n");
    Map<String, String> names = groupNames();
    for (int i = 0; i < t.size(); i++) {
      Object group = t.get(i, "population_group");
      String name = group == null ? label("allGroups") : names.getOrDefault(group.toString(), group.toString());
      out.append("<tr><th scope=\"row\">").append(esc(name)).append("</th><td class=\"num\">")
          .append(esc(count(t.get(i, "in_need")))).append("</td><td class=\"num\">")
          .append(esc(count(t.get(i, "targeted")))).append("</td><td class=\"num\">")
          .append(esc(count(t.get(i, "reached")))).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** Display names of the population group codes the plan uses. */
  private Map<String, String> groupNames() {
    Map<String, String> names = new HashMap<>();
    java.util.function.Consumer<Code> add = c -> names.putIfAbsent(c.getCode(), Vocabularies.displayName(c));
    plan.getObjectives().forEach(o -> o.getTargetGroups().forEach(add));
    java.util.stream.Stream.concat(plan.getPeople().stream(),
            java.util.stream.Stream.concat(
                plan.getObjectives().stream().flatMap(o -> o.getSectors().stream()), plan.getSectors().stream())
                .flatMap(s -> s.getPeople().stream()))
        .flatMap(p -> p.getBreakdown().stream())
        .forEach(c -> c.getPopulationGroup().ifPresent(add));
    return names;
  }

  private void presence() {
    List<Location> places = plan.getOperationalPresence();
    out.append("<section aria-labelledby=\"presence\">\n<h2 id=\"presence\">").append(label("presence"))
        .append("</h2>\n<p>").append(MessageFormat.format(label("countries"), places.size())).append("</p>\n<ul>\n");
    for (Location l : places) {
      out.append("<li>").append(esc(countryName(l.getCountry()))).append(" (").append(esc(l.getCountry()))
          .append(")</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private String countryName(String iso3) {
    for (String iso2 : Locale.getISOCountries()) {
      Locale country = new Locale("", iso2);
      try {
        if (country.getISO3Country().equals(iso3)) {
          return country.getDisplayCountry(locale);
        }
      } catch (java.util.MissingResourceException e) {
        // no three-letter code for this one
      }
    }
    return iso3;
  }

  private void findings() {
    out.append("<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">").append(label("findings"))
        .append("</h2>\n<p>").append(MessageFormat.format(label(report.isValid() ? "valid" : "invalid"),
            report.errorCount(), report.warningCount())).append("</p>\n");
    if (report.findings().isEmpty()) {
      out.append("<p>").append(label("noFindings")).append("</p>\n</section>\n");
      return;
    }
    out.append("<table>\n<caption class=\"visually-hidden\">").append(label("findings")).append("</caption>\n<thead><tr>")
        .append("<th scope=\"col\">").append(label("severity")).append("</th><th scope=\"col\">")
        .append(label("rule")).append("</th><th scope=\"col\">").append(label("where"))
        .append("</th><th scope=\"col\">").append(label("message")).append("</th></tr></thead>\n<tbody>\n");
    for (Finding f : report.findings()) {
      String severity = f.severity().jsonName();
      out.append("<tr><td class=\"").append(severity).append("\">").append(severity).append("</td><td><code>")
          .append(esc(f.rule().code())).append("</code></td><td><code>")
          .append(esc(f.path().isEmpty() ? "/" : f.path())).append("</code></td><td>").append(esc(f.message()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private String label(String key) {
    return labels.getString(key);
  }

  private String money(Optional<Money> m) {
    return m.map(x -> amount(x.amount(), x.currency())).orElse(label("notReported"));
  }

  private String amount(BigDecimal v, String currency) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(2);
    return f.format(v) + " " + currency;
  }

  private String count(OptionalLong v) {
    return v.isPresent() ? integer.format(v.getAsLong()) : label("notReported");
  }

  /** A people figure of a level: the number, the text the plan gives in its place (in quotes), or both. */
  private String figureText(PlanSummary.Level l, PeopleMetric metric, OptionalLong v) {
    Optional<String> text = l.label(metric);
    if (text.isEmpty()) {
      return count(v);
    }
    String quoted = "\"" + text.get() + "\"";
    return v.isPresent() ? count(v) + " (" + quoted + ")" : quoted;
  }

  private String count(@Nullable Object v) {
    return v == null ? label("notReported") : integer.format(v);
  }

  private String percent(Calculation c) {
    return c.percent(Rounding.FTS).map(p -> {
      NumberFormat f = NumberFormat.getNumberInstance(locale);
      f.setMinimumFractionDigits(2);
      f.setMaximumFractionDigits(2);
      return f.format(p) + " %";
    }).orElse(label("undefined") + (locale.getLanguage().equals("en") ? " (" + c.reason() + ")" : ""));
  }

  /** Text as HTML: the five characters that matter escaped. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
