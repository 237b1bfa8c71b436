package org.responseplan.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;
import org.responseplan.model.Plan;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.ValidationReport;

/** Plain-text formatting of reports and plans. */
final class Text {
  private Text() {}

  /**
   * The locale of a {@code --lang} option. Messages are in English and Spanish ({@link Finding#supportedLocales()});
   * any other language gets English, and a note on {@code err} says so.
   */
  static Locale locale(String lang, PrintStream err) {
    Locale requested = Locale.forLanguageTag(lang);
    Locale used = Finding.messageLocale(requested);
    if (!used.equals(requested)) {
      err.println("responseplan: there are no messages in \"" + lang + "\"; they are in English (languages: "
          + Finding.supportedLocales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")) + ")");
    }
    return used;
  }

  /** {@code plan.json: valid, 0 errors, 1 warning}. */
  static String reportHeader(String name, ValidationReport report) {
    int infos = report.findings().size() - report.errorCount() - report.warningCount();
    return name + ": " + (report.isValid() ? "valid" : "NOT valid") + ", " + count(report.errorCount(), "error")
        + ", " + count(report.warningCount(), "warning") + (infos > 0 ? ", " + count(infos, "info") : "");
  }

  /** {@code 3:15 error negative-count at /people/inNeed: A number of people cannot be negative ...}. */
  static String finding(Finding f) {
    String place = f.line() > 0 ? f.line() + ":" + f.column() + " " : "";
    return place + f.severity().jsonName() + " " + f.rule().code() + " at " + (f.path().isEmpty() ? "/" : f.path())
        + ": " + f.message();
  }

  /** The plan's identity in a few lines. */
  static String overview(Plan plan) {
    StringBuilder b = new StringBuilder(plan.getName()).append('\n');
    plan.getPlanType().ifPresent(t -> b.append("  type: ").append(Vocabularies.displayName(t)).append('\n'));
    plan.getPeriod().ifPresent(p -> b.append("  period: ").append(p.start()).append(" to ").append(p.end())
        .append('\n'));
    plan.getLastUpdated().ifPresent(d -> b.append("  last updated: ").append(d).append('\n'));
    if (!plan.getOperationalPresence().isEmpty()) {
      b.append("  countries (").append(plan.getOperationalPresence().size()).append("): ")
          .append(plan.getOperationalPresence().stream().map(l -> l.getCountry()).collect(Collectors.joining(", ")))
          .append('\n');
    }
    long sectors = plan.getObjectives().stream().mapToLong(o -> o.getSectors().size()).sum()
        + plan.getSectors().size();
    long activities = java.util.stream.Stream.concat(
            plan.getObjectives().stream().flatMap(o -> o.getSectors().stream()), plan.getSectors().stream())
        .mapToLong(s -> s.getActivities().size()).sum();
    b.append(String.format(Locale.ENGLISH, "  %d objectives, %d sectors or activity areas, %d activities%n",
        plan.getObjectives().size(), sectors, activities));
    return b.toString();
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
