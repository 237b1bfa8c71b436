package org.responseplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.PlanDiff;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Severity;
import org.responseplan.report.PlanDiffJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code responseplan diff OLD NEW}: what changed between two versions of a plan. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Compares two versions of a plan and prints every value added, removed or changed, with the",
        "change of each figure. Objectives, sectors, activities and indicators are matched by identifier, places by",
        "code, breakdown cells by their dimensions: a reordering is no change."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the two plans hold the same values", "1:they differ",
        "2:a file cannot be read as a plan, or wrong arguments"})
final class DiffCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "OLD", description = "The old version (plan JSON); - reads standard input.")
  String oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version (plan JSON).")
  String newFile;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  private final Main.Streams io;

  DiffCommand(Main.Streams io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Plan before = read(oldFile);
    if (before == null) {
      return Main.UNUSABLE;
    }
    Plan after = read(newFile);
    if (after == null) {
      return Main.UNUSABLE;
    }
    PlanDiff diff = PlanDiff.between(before, after);
    switch (format) {
      case text -> io.out().print(diff.toText());
      case json -> {
        PlanDiffJson.write(diff, io.out());
        io.out().println();
      }
    }
    io.out().flush();
    return diff.isIdentical() ? Main.OK : Main.INVALID;
  }

  /** The plan of a file, or null after one line on standard error when it cannot be read as a plan. */
  private @Nullable Plan read(String file) {
    PlanReadResult read;
    try (InputStream in = Inputs.open(file, io.in(), io.err())) {
      read = PlanJson.reader().read(in);
    } catch (IOException e) {
      io.err().println("responseplan: " + e.getMessage());
      return null;
    }
    if (read.plan().isEmpty()) {
      String why = read.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst()
          .map(Text::finding).orElse("it has errors");
      io.err().println("responseplan: " + Inputs.label(file) + ": cannot be compared, not a readable plan: " + why);
      return null;
    }
    return read.plan().get();
  }
}
