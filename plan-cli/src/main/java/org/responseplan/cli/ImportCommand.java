package org.responseplan.cli;

import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.fts.FtsReader;
import org.responseplan.imports.hpc.HpcReader;
import org.responseplan.imports.hxl.HxlReader;
import org.responseplan.imports.hxl.HxlWriter;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code responseplan import fts|hpc|hxl FILE}: real data into plan JSON, with a report of what was done. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Imports OCHA FTS (API answers or HDX CSV tables) or HPC (responseMonitoring) data into plan",
        "JSON, or HXL-tagged 5W tables into activity reports (HXL CSV in the library's hashtags).",
        "The import report (what was mapped, defaulted, kept or skipped, and why) goes to standard error,",
        "or to --report FILE."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:imported without error", "1:imported, with errors in the source (see the report)",
        "2:the file cannot be read or written, or wrong arguments"})
final class ImportCommand implements Callable<Integer> {
  enum Source { fts, hpc, hxl }

  @Parameters(index = "0", paramLabel = "SOURCE", description = "fts, hpc or hxl")
  Source source;

  @Parameters(index = "1", paramLabel = "FILE", description = "The file to import; - reads standard input.")
  String file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write: a file, or a directory when "
      + "the source holds several plans (one <plan id>.json each). Default: standard output.")
  Path output;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the import report to this file.")
  Path reportFile;

  @Option(names = "--plan-id", paramLabel = "ID", description = "hpc only: the plan's HPC id (the plan becomes "
      + "hpc-ID) when the answer does not give it; it is used before an id in the file name.")
  Long planId;

  private final Main.Streams io;

  /** How much of an FTS file is looked at to tell its shape. */
  private static final int HEAD = 4096;

  ImportCommand(Main.Streams io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    if (planId != null && (source != Source.hpc || planId < 0)) {
      io.err().println("responseplan: --plan-id takes the id of an HPC plan (a whole number, 0 or more) and applies "
          + "to 'import hpc' only");
      return Main.UNUSABLE;
    }
    if (source == Source.hxl) {
      return activityReports();
    }
    // Streamed, never read whole: the readers' limits then bound the memory (docs/hostile-input.md).
    try (InputStream in = new BufferedInputStream(Inputs.open(file, io.in(), io.err()), HEAD)) {
      return switch (source) {
        case fts -> plans(fts(in));
        case hpc -> plans(wrap(file.equals("-")
            ? hpcReader().readResponseMonitoring(in)
            : hpcReader().readResponseMonitoring(Path.of(file))));
        case hxl -> throw new IllegalStateException("read above");
      };
    }
  }

  private HpcReader hpcReader() {
    return planId == null ? HpcReader.create() : HpcReader.create().withPlanId(planId);
  }

  /** FTS files come in four shapes; the content tells which. */
  private ImportResult<List<Plan>> fts(InputStream in) throws IOException {
    FtsReader reader = FtsReader.create();
    in.mark(HEAD);
    String head = new String(in.readNBytes(HEAD), StandardCharsets.UTF_8).stripLeading();
    in.reset();
    if (head.startsWith("{") || head.startsWith("[")) {
      if (head.contains("\"plans\"") && !head.contains("\"report3\"")) {
        return reader.readPlanOverview(in);
      }
      // From a file, the reader takes the plan id from a name such as ...planid-929...
      return wrap(file.equals("-") ? reader.readClusterFlows(in) : reader.readClusterFlows(Path.of(file)));
    }
    String header = head.lines().findFirst().orElse("");
    return header.contains("clusterCode") ? reader.readClusterCsv(in) : reader.readRequirementsFundingCsv(in);
  }

  private static ImportResult<List<Plan>> wrap(ImportResult<Plan> one) {
    return new ImportResult<>(List.of(one.value()), one.report());
  }

  private int plans(ImportResult<List<Plan>> result) throws IOException {
    List<Plan> plans = result.value();
    if (plans.size() > 1 && (output == null || !isDirectory(output))) {
      report(result.report());
      io.err().println("responseplan: the file holds " + plans.size() + " plans; give -o DIRECTORY to write one "
          + "file per plan");
      return Main.UNUSABLE;
    }
    if (plans.size() > 1) {
      Files.createDirectories(output);
      for (Plan p : plans) {
        PlanJson.writer().write(p, output.resolve(p.getId() + ".json"));
      }
      io.out().println("wrote " + plans.size() + " plans to " + output);
    } else if (plans.size() == 1) {
      if (output == null) {
        PlanJson.writer().write(plans.get(0), io.out());
      } else {
        createParent(output);
        PlanJson.writer().write(plans.get(0), output);
        io.out().println("wrote " + output);
      }
    }
    report(result.report());
    return result.report().hasErrors() ? Main.INVALID : Main.OK;
  }

  private static boolean isDirectory(Path p) {
    return Files.isDirectory(p) || p.toString().endsWith("/") || !p.getFileName().toString().contains(".");
  }

  /**
   * HXL 5W tables: the activity reports, written back in the library's hashtags (which it reads first) as they are
   * read, so that memory holds a chunk of rows, never the file.
   */
  private int activityReports() throws IOException {
    long[] written = {0};
    ImportReport report;
    try (InputStream in = Inputs.open(file, io.in(), io.err())) {
      if (output == null) {
        StringBuilder buffer = new StringBuilder();
        HxlWriter.writeActivityReportHeader(buffer);
        report = HxlReader.create().readActivityReports(in, r -> {
          write(r, buffer);
          written[0]++;
          if (buffer.length() >= 1 << 16) {
            io.out().print(buffer);
            buffer.setLength(0);
          }
        });
        io.out().print(buffer);
      } else {
        createParent(output);
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          HxlWriter.writeActivityReportHeader(out);
          report = HxlReader.create().readActivityReports(in, r -> {
            write(r, out);
            written[0]++;
          });
        }
        io.out().println("wrote " + written[0] + " activity reports to " + output);
      }
    }
    report(report);
    return report.hasErrors() ? Main.INVALID : Main.OK;
  }

  private static void write(ActivityReport r, Appendable out) {
    try {
      HxlWriter.writeActivityReport(r, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  private void report(ImportReport report) throws IOException {
    if (reportFile != null) {
      createParent(reportFile);
      Files.writeString(reportFile, report.toText(), StandardCharsets.UTF_8);
    } else {
      PrintStream err = io.err();
      err.print(report.toText());
    }
  }
}
