package org.responseplan.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.responseplan.indicators.PlanSummary;
import org.responseplan.indicators.Rounding;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.Plan;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.ValidationReport;

/**
 * The main job of {@code bin/responseplan}: read a plan file (by default the bundled seed plan), validate it, and
 * print its findings, an overview and the indicator summary of every level ({@link PlanSummary}). Exit code 0 when the plan has no error, 1 when it has, 2 when the file
 * cannot be read.
 */
public final class PlanOverview {
  /** The bundled seed plan, relative to the repository root. */
  public static final Path SEED = Path.of("examples", "plans", "iom-venezuela-rmrp-2022.json");

  private PlanOverview() {}

  public static void main(String[] args) {
    Locale locale = Locale.ENGLISH;
    // bin/responseplan says where the repository is, so that the default works from any directory.
    Path file = Path.of(System.getProperty("responseplan.home", ".")).resolve(SEED);
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        System.out.println("Usage: responseplan [--lang en|es] [FILE]\n"
            + "Validates a plan JSON file (default: the bundled seed plan " + SEED + ") and prints an overview.\n"
            + "Exit codes: 0 no errors, 1 errors found, 2 file cannot be read or bad arguments.");
        return;
      }
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        locale = Locale.forLanguageTag(args[++i]);
      } else if (args[i].startsWith("-")) {
        System.err.println("responseplan: unknown option " + args[i] + " (try --help)");
        System.exit(2);
      } else {
        file = Path.of(args[i]);
      }
    }
    System.exit(run(file, locale, new StringBuilder()));
  }

  /** Appends the overview of {@code file} to {@code out}, prints it, and returns the exit code. */
  public static int run(Path file, Locale locale, StringBuilder out) {
    if (!Files.isReadable(file)) {
      System.err.println("responseplan: cannot read " + file);
      return 2;
    }
    PlanReadResult read = PlanJson.reader().withLocale(locale).read(file);
    ValidationReport report = read.validate();
    out.append(file).append('\n');
    for (Finding f : report.findings()) {
      out.append("  ").append(f).append('\n');
    }
    out.append(report.isValid() ? "  valid: " : "  NOT valid: ").append(report.errorCount()).append(" error(s), ")
        .append(report.warningCount()).append(" warning(s)\n\n");
    read.plan().ifPresent(plan -> overview(plan, out));
    System.out.print(out);
    if (report.has(Rule.UNREADABLE)) {
      return 2;
    }
    return report.isValid() ? 0 : 1;
  }

  static void overview(Plan plan, StringBuilder out) {
    out.append(plan.getName()).append('\n');
    plan.getPlanType().ifPresent(t -> out.append("  Type: ").append(Vocabularies.displayName(t)).append('\n'));
    plan.getPeriod().ifPresent(p -> out.append("  Period: ").append(p.start()).append(" to ").append(p.end())
        .append('\n'));
    plan.getLastUpdated().ifPresent(d -> out.append("  Last updated: ").append(d).append('\n'));
    if (!plan.getOperationalPresence().isEmpty()) {
      out.append("  Countries (").append(plan.getOperationalPresence().size()).append("): ")
          .append(plan.getOperationalPresence().stream().map(l -> l.getCountry()).collect(Collectors.joining(", ")))
          .append('\n');
    }
    long sectors = plan.getObjectives().stream().mapToLong(o -> o.getSectors().size()).sum();
    long activities = plan.getObjectives().stream().flatMap(o -> o.getSectors().stream())
        .mapToLong(s -> s.getActivities().size()).sum();
    out.append(String.format(Locale.ENGLISH, "  %d objectives, %d sectors or activity areas, %d activities%n%n",
        plan.getObjectives().size(), sectors, activities));
    out.append(PlanSummary.of(plan).toText(Rounding.FTS));
    if (plan.getExtensions().containsKey("x-figure-sources")) {
      out.append("\nWhere each figure comes from (published or illustrative) is listed in the file's"
          + " x-figure-sources.\n");
    }
  }

}
