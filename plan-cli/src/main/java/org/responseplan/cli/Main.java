package org.responseplan.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code responseplan}: validate plan JSON, summarise a plan's indicators, print the JSON Schema.
 *
 * <p>Exit codes: 0 when no file has an error, 1 when any file has an error, 2 when a file cannot be read or the
 * arguments are wrong. No stack trace ever reaches the user: anything unexpected, running out of memory included,
 * ends with exit code 2 and one line naming the file being read and what happened.
 */
@Command(name = "responseplan", mixinStandardHelpOptions = true, version = "responseplan 0.1.0-SNAPSHOT",
    description = "Humanitarian response plans: validate plan JSON, summarise indicators, write an HTML report, compare two versions, print the JSON Schema.",
    subcommands = {ValidateCommand.class, SummaryCommand.class, ReportCommand.class, ImportCommand.class,
        IndicatorsCommand.class, DiffCommand.class, SchemaCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no file has an error", "1:a file has an error", "2:a file cannot be read, or wrong arguments"})
public final class Main implements Runnable {
  /** Exit code: no file has an error. */
  public static final int OK = 0;
  /** Exit code: at least one file has an error. */
  public static final int INVALID = 1;
  /** Exit code: a file cannot be read, or the arguments are wrong. */
  public static final int UNUSABLE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: validate, summary or schema");
  }

  /**
   * The {@code responseplan} command: runs {@link #run(String[], InputStream, PrintStream, PrintStream)} on the
   * process's standard streams and exits with its code.
   *
   * @param args the command line, such as {@code validate plan.json}
   */
  public static void main(String[] args) {
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      System.err.println(unexpected(e));
      System.err.flush();
      Runtime.getRuntime().halt(UNUSABLE);
    });
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * The one line that reports an unexpected failure: the file being read (when there is one) and what happened.
   *
   * @param e the failure
   * @return the line, starting with {@code responseplan: }
   */
  static String unexpected(Throwable e) {
    String file = Inputs.current();
    String where = file == null ? "" : file + ": ";
    if (e instanceof OutOfMemoryError) {
      return "responseplan: " + where + "out of memory (the Java heap holds at most "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB; give more with JAVA_OPTS=-Xmx...)";
    }
    if (e instanceof StackOverflowError) {
      return "responseplan: " + where + "the input nests too deeply to be read (stack overflow)";
    }
    if (!(e instanceof RuntimeException || e instanceof Error)) {
      // A file that cannot be opened or written: its message names it.
      return "responseplan: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    String m = e.getMessage();
    m = m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(m);
    return "responseplan: " + where + "unexpected failure (" + e.getClass().getSimpleName() + m + ")";
  }

  /**
   * Runs the command line with the given streams, without exiting (used by tests and by {@link #main(String[])}).
   *
   * @param args the command line, such as {@code validate plan.json}
   * @param in where {@code -} as a file name reads from
   * @param out where results go
   * @param err where messages about unusable input or wrong arguments go
   * @return the exit code: {@link #OK}, {@link #INVALID} or {@link #UNUSABLE}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Streams streams = new Streams(in, out, err);
    CommandLine cli = new CommandLine(new Main(), new Factory(streams));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setExitCodeExceptionMapper(e -> UNUSABLE);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("responseplan: " + e.getMessage());
      err.println("Try 'responseplan " + (e.getCommandLine() == cli ? "" : e.getCommandLine().getCommandName() + " ")
          + "--help'.");
      return UNUSABLE;
    });
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      err.println(unexpected(e));
      return UNUSABLE;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
      // What picocli lets through: the stack is unwound, so the memory of the reading is free again.
      err.println(unexpected(e));
      err.flush();
      return UNUSABLE;
    } finally {
      Inputs.reading(null);
    }
  }

  /** Standard streams, handed to every command (so that tests can run it in-process). */
  record Streams(InputStream in, PrintStream out, PrintStream err) {}

  /** Creates commands with the streams. */
  private static final class Factory implements CommandLine.IFactory {
    private final Streams streams;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(Streams streams) {
      this.streams = streams;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(streams));
      }
      if (type == SummaryCommand.class) {
        return type.cast(new SummaryCommand(streams));
      }
      if (type == SchemaCommand.class) {
        return type.cast(new SchemaCommand(streams));
      }
      if (type == ReportCommand.class) {
        return type.cast(new ReportCommand(streams));
      }
      if (type == ImportCommand.class) {
        return type.cast(new ImportCommand(streams));
      }
      if (type == DiffCommand.class) {
        return type.cast(new DiffCommand(streams));
      }
      if (type == IndicatorsCommand.class) {
        return type.cast(new IndicatorsCommand(streams));
      }
      return fallback.create(type);
    }
  }
}
