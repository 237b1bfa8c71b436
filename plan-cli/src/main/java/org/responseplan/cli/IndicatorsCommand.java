package org.responseplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.responseplan.indicators.AggregationLimitException;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.PlanRollup;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.indicators.Rounding;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.hxl.HxlReader;
import org.responseplan.imports.hxl.HxlWriter;
import org.responseplan.report.IndicatorTableJson;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code responseplan indicators}: the tidy indicator table of a plan or of 5W activity reports. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = {"Prints the tidy indicator table of a plan (JSON) or of 5W activity reports (HXL CSV).",
        "Plans: the dimension columns, each code with its name after it (sector_name, objective_title,",
        "country_name, adm1_name, adm2_name, population_group_name, subset_name), then requirements, funding,",
        "funding_coverage_pct, in_need, targeted, reached, need_coverage_pct, reach_coverage_pct, currency",
        "(and total_population, affected, expected_reach when the plan states any).",
        "5W reports: reached, total_monthly_beneficiaries. People are never summed across sectors.",
        "Empty cells are figures not reported or undefined."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:the input has errors (they are printed to standard error)",
        "2:the file cannot be read, or wrong arguments"})
final class IndicatorsCommand implements Callable<Integer> {
  enum Format { csv, hxl, json }

  enum RoundingName { fts, hdx, exact }

  @Parameters(paramLabel = "FILE", description = "A plan JSON file (.json) or an HXL-tagged 5W CSV file (.csv).")
  Path file;

  @Option(names = "--by", split = ",", paramLabel = "DIM", description = "Dimensions: plan, objective, sector, "
      + "country, adm1, adm2, population_group, sex, age, subset (people also counted in the other rows, such as "
      + "people with disabilities), period (5W: sector, country, adm1, adm2, population_group, period). Default: plan for a plan, none (the intersectoral total) for 5W reports.")
  List<String> by = new ArrayList<>();

  @Option(names = "--format", defaultValue = "csv", description = "csv, hxl or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--rounding", defaultValue = "fts", description = "Percentages: fts (2 decimals), hdx (whole "
      + "percent) or exact (default: ${DEFAULT-VALUE}).")
  RoundingName rounding;

  private final Main.Streams io;

  IndicatorsCommand(Main.Streams io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    EnumSet<Dimension> dims = EnumSet.noneOf(Dimension.class);
    for (String d : by) {
      Dimension dim = Dimension.fromColumn(d.trim().toLowerCase(Locale.ROOT)).orElse(null);
      if (dim == null) {
        io.err().println("responseplan: unknown dimension '" + d + "'; the dimensions are "
            + columns(EnumSet.allOf(Dimension.class)));
        return Main.UNUSABLE;
      }
      dims.add(dim);
    }
    String name = file.toString();
    IndicatorTable table;
    boolean errors;
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      if (!ReachAggregator.DIMENSIONS.containsAll(dims)) {
        EnumSet<Dimension> other = EnumSet.copyOf(dims);
        other.removeAll(ReachAggregator.DIMENSIONS);
        io.err().println("responseplan: 5W reports cannot be grouped by " + columns(other) + " (a 5W row has no "
            + "such dimension); they can be grouped by " + columns(ReachAggregator.DIMENSIONS));
        return Main.UNUSABLE;
      }
      ImportResult<ReachAggregator> read = fiveW(name, dims);
      ReachAggregator aggregator = read.value();
      read.report().findings().forEach(f -> io.err().println(Text.finding(f)));
      if (read.report().findings().stream().anyMatch(f -> f.rule() == Rule.AGGREGATION_LIMIT)) {
        return Main.INVALID; // no figure: what was read before the limit is not the table
      }
      aggregator.problems().forEach((problem, n) -> io.err().println("rows with " + problem.code() + ": " + n));
      errors = read.report().hasErrors();
      table = aggregator.result(dims);
    } else {
      PlanReadResult read;
      try (InputStream in = Inputs.open(name, io.in(), io.err())) {
        read = PlanJson.reader().read(in);
      }
      ValidationReport report = read.validate();
      if (read.plan().isEmpty()) {
        io.err().println(Text.reportHeader(name, report));
        report.findings().forEach(f -> io.err().println("  " + Text.finding(f)));
        return Main.INVALID;
      }
      errors = !report.isValid();
      if (errors) {
        io.err().println(Text.reportHeader(name, report));
      }
      table = PlanRollup.of(read.plan().get()).withNames().withMorePeople().withRounding(switch (rounding) {
        case fts -> Rounding.FTS;
        case hdx -> Rounding.HDX;
        case exact -> Rounding.EXACT;
      }).by(dims.isEmpty() ? EnumSet.of(Dimension.PLAN) : dims);
    }
    switch (format) {
      case csv -> io.out().print(table.toCsv());
      case hxl -> io.out().print(HxlWriter.toHxl(table));
      case json -> IndicatorTableJson.write(table, io.out());
    }
    io.out().flush();
    return errors ? Main.INVALID : Main.OK;
  }

  private static String columns(Set<Dimension> dims) {
    return String.join(", ", dims.stream().map(Dimension::column).toList());
  }

  /**
   * A 5W file aggregated as it streams into an aggregator that keeps only what the table by {@code dims} needs, in
   * memory that grows with that table's cells, not the rows: a file by the HXL reader's byte-level stream, standard
   * input report by report through the same mapping. A table that needs more cells than the heap allows gives an
   * {@code aggregation-limit} finding.
   */
  private ImportResult<ReachAggregator> fiveW(String name, Set<Dimension> dims) throws IOException {
    HxlReader reader = HxlReader.create();
    if (name.equals("-")) {
      ReachAggregator aggregator = ReachAggregator.forTable(dims);
      try {
        ImportReport report = reader.readActivityReports(Inputs.open(name, io.in(), io.err()), aggregator::add);
        return new ImportResult<>(aggregator, report);
      } catch (AggregationLimitException e) {
        String by = dims.isEmpty() ? "total" : columns(dims);
        ImportReport.Builder report = ImportReport.builder("hxl");
        report.finding(Finding.of(Rule.AGGREGATION_LIMIT, "", Long.toString(e.limit()), Locale.ENGLISH, by));
        return new ImportResult<>(ReachAggregator.forTable(dims), report.build());
      }
    }
    return reader.aggregateActivityReports(Inputs.readable(name),
        Math.min(2, Runtime.getRuntime().availableProcessors()), dims);
  }
}
