package org.responseplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.responseplan.report.HtmlReport;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code responseplan report}: one self-contained HTML page about a plan. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes one self-contained HTML page about a plan: headline figures, a funding bar per objective",
        "and sector, people by population group, operational presence and the validation findings.",
        "No network resources; readable in print. With no FILE, the bundled seed plan."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the plan has no error", "1:the plan has an error (the report shows it)",
        "2:the file cannot be read or written, or wrong arguments"})
final class ReportCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "FILE", description = "A plan JSON file; - reads standard input.")
  String file;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The HTML file to write.")
  Path output;

  @Option(names = "--lang", defaultValue = "en", description = "Language of the page: en or es.")
  String lang;

  private final Main.Streams io;

  ReportCommand(Main.Streams io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Locale locale = Text.locale(lang, io.err());
    PlanReadResult read;
    try (InputStream in = file == null ? SummaryCommand.seed() : Inputs.open(file, io.in(), io.err())) {
      read = PlanJson.reader().withLocale(locale).read(in);
    } catch (IOException e) {
      io.err().println("responseplan: " + e.getMessage());
      return Main.UNUSABLE;
    }
    ValidationReport report = read.validate();
    if (read.plan().isEmpty()) {
      io.err().println(Text.reportHeader(file == null ? SummaryCommand.SEED : Inputs.label(file), report));
      report.findings().forEach(f -> io.err().println("  " + Text.finding(f)));
      return Main.INVALID;
    }
    try {
      Files.writeString(output, HtmlReport.render(read.plan().get(), report, locale), StandardCharsets.UTF_8);
    } catch (IOException e) {
      io.err().println("responseplan: cannot write " + output + ": " + e.getMessage());
      return Main.UNUSABLE;
    }
    io.out().println("wrote " + output);
    return report.isValid() ? Main.OK : Main.INVALID;
  }
}
