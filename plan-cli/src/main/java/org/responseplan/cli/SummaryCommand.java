package org.responseplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.responseplan.indicators.PlanSummary;
import org.responseplan.indicators.Rounding;
import org.responseplan.report.IndicatorTableJson;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code responseplan summary}: validate a plan and print its indicators at every level. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"Validates a plan and prints its indicator summary: requirements, funding, coverage, gap,",
        "people in need, targeted and reached, and their coverage, for the plan, each objective and each sector.",
        "With no FILE, the bundled seed plan (IOM Venezuela regional response 2022)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the plan has no error", "1:the plan has an error", "2:the file cannot be read, or wrong arguments"})
final class SummaryCommand implements Callable<Integer> {
  /** The seed plan inside the jar. */
  static final String SEED = "iom-venezuela-rmrp-2022.json";

  enum Format { text, json, csv }

  enum RoundingName { fts, hdx, exact }

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "A plan JSON file; - reads standard input.")
  String file;

  @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--rounding", defaultValue = "fts", description = "Percentages: fts (2 decimals), hdx (whole "
      + "percent) or exact (default: ${DEFAULT-VALUE}).")
  RoundingName rounding;

  @Option(names = "--lang", defaultValue = "en", description = "Language of messages: en or es.")
  String lang;

  private final Main.Streams io;

  SummaryCommand(Main.Streams io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Locale locale = Text.locale(lang, io.err());
    String name = file == null ? "bundled seed plan (" + SEED + ")" : Inputs.label(file);
    PlanReadResult read;
    try (InputStream in = file == null ? seed() : Inputs.open(file, io.in(), io.err())) {
      read = PlanJson.reader().withLocale(locale).read(in);
    } catch (IOException e) {
      io.err().println("responseplan: " + e.getMessage());
      return Main.UNUSABLE;
    }
    ValidationReport report = read.validate();
    if (read.plan().isEmpty()) {
      io.err().println(Text.reportHeader(name, report));
      report.findings().forEach(f -> io.err().println("  " + Text.finding(f)));
      return Main.INVALID;
    }
    Plan plan = read.plan().get();
    PlanSummary summary = PlanSummary.of(plan);
    Rounding r = switch (rounding) {
      case fts -> Rounding.FTS;
      case hdx -> Rounding.HDX;
      case exact -> Rounding.EXACT;
    };
    switch (format) {
      case text -> {
        io.out().println(Text.reportHeader(name, report));
        for (Finding f : report.findings()) {
          io.out().println("  " + Text.finding(f));
        }
        io.out().println();
        io.out().print(Text.overview(plan));
        io.out().println();
        io.out().print(summary.toText(r));
      }
      case csv -> {
        printFindingsToErr(name, report.findings(), report);
        io.out().print(summary.toTable(r).toCsv());
      }
      case json -> {
        printFindingsToErr(name, report.findings(), report);
        IndicatorTableJson.write(summary.toTable(r), io.out());
      }
    }
    io.out().flush();
    return report.isValid() ? Main.OK : Main.INVALID;
  }

  /** Machine formats keep standard output clean: findings go to standard error. */
  private void printFindingsToErr(String name, List<Finding> findings, ValidationReport report) {
    if (!findings.isEmpty()) {
      io.err().println(Text.reportHeader(name, report));
      findings.forEach(f -> io.err().println("  " + Text.finding(f)));
    }
  }

  static InputStream seed() throws IOException {
    InputStream in = SummaryCommand.class.getResourceAsStream(SEED);
    if (in == null) {
      throw new IOException("the bundled seed plan is missing from this build");
    }
    return in;
  }
}
