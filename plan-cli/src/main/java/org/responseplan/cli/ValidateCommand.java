package org.responseplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReader;
import org.responseplan.io.json.ReportJson;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;
import org.responseplan.model.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code responseplan validate}: every finding of every file, as text or JSON, in one pass: the reading findings and
 * the validator's findings on the rest of the file ({@link org.responseplan.io.json.PlanReadResult#validate()}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Reads plan JSON files and reports every finding: syntax, structure and consistency, in one run",
        "(a wrong value is left out and the rest of the file is still checked).",
        "Text output lists each file and its findings; JSON output is one object per file, one per line:",
        "{\"file\", \"valid\", \"errors\", \"warnings\", \"findings\": [{\"severity\", \"rule\", \"path\", \"line\","
            + " \"column\", \"value\", \"message\"}]}"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no file has an error", "1:a file has an error", "2:a file cannot be read, or wrong arguments"})
final class ValidateCommand implements Callable<Integer> {
  enum Format { text, json }

  @Option(names = "--strict", description = "Reject members the format does not define (except x-...), and count "
      + "warnings as errors.")
  boolean strict;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", defaultValue = "en", description = "Language of messages: en or es (default: "
      + "${DEFAULT-VALUE}).")
  String lang;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan JSON files; - reads standard input.")
  List<String> files;

  private final Main.Streams io;

  ValidateCommand(Main.Streams io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Locale locale = Text.locale(lang, io.err());
    PlanReader lenient = PlanJson.reader().withLocale(locale);
    PlanReader reader = strict ? lenient.strict() : lenient;
    boolean unreadable = false;
    boolean invalid = false;
    for (String name : files) {
      ValidationReport report;
      try (InputStream in = Inputs.open(name, io.in(), io.err())) {
        report = reader.read(in).validate();
      } catch (IOException e) {
        unreadable = true;
        report = ValidationReport.of(List.of(Finding.of(Rule.UNREADABLE, "", e.getMessage(), locale)));
      }
      if (strict) {
        report = escalateWarnings(report);
      }
      unreadable |= report.has(Rule.UNREADABLE);
      invalid |= !report.isValid();
      print(name, report);
    }
    io.out().flush();
    return unreadable ? Main.UNUSABLE : invalid ? Main.INVALID : Main.OK;
  }

  private static ValidationReport escalateWarnings(ValidationReport report) {
    List<Finding> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      findings.add(f.severity() == Severity.WARNING ? f.withSeverity(Severity.ERROR) : f);
    }
    return ValidationReport.of(findings);
  }

  private void print(String name, ValidationReport report) {
    if (format == Format.json) {
      ReportJson.write(name, report, io.out());
      io.out().println();
      return;
    }
    io.out().println(Text.reportHeader(Inputs.label(name), report));
    for (Finding f : report.findings()) {
      io.out().println("  " + Text.finding(f));
    }
  }
}
