package org.responseplan.benchmarks;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.responseplan.indicators.ActivityColumns;
import org.responseplan.indicators.FiveWProblem;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.hxl.HxlReader;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.model.validation.Severity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line of {@code benchmarks/run.sh}: generates data, runs our CSV path alone (to time it in a 256 MB
 * heap), and checks that every implementation gives the same tables. Exit code 1 on any disagreement.
 *
 * <pre>
 * generate-5w ROWS SEED FILE.csv
 * stream FILE.csv OUT.txt [THREADS]       our CSV-to-tables path; writes the tables, prints "ours-seconds S"
 * check-5w FILE.csv ROWS SEED OURS.txt PANDAS.txt
 * check-plans BYTES SEED
 * time-memory ROWS                        rough in-memory timings, for profiling
 * time-duckdb FILE.csv                    rough DuckDB timings, for profiling
 * </pre>
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    int code = switch (args.length == 0 ? "" : args[0]) {
      case "generate-5w" -> generate(Long.parseLong(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
      case "stream" -> stream(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 2);
      case "check-5w" -> check5w(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]),
          Path.of(args[4]), Path.of(args[5]));
      case "time-memory" -> timeMemory(Integer.parseInt(args[1]));
      case "time-duckdb" -> timeDuckdb(Path.of(args[1]));
      case "check-plans" -> checkPlans(Long.parseLong(args[1]), Long.parseLong(args[2]));
      default -> {
        System.err.println("usage: generate-5w ROWS SEED FILE | stream FILE OUT | check-5w FILE ROWS SEED OURS PANDAS"
            + " | check-plans BYTES SEED");
        yield 2;
      }
    };
    System.exit(code);
  }

  private static int generate(long rows, long seed, Path file) throws IOException {
    long t0 = System.nanoTime();
    new FiveW().writeCsv(file, rows, seed);
    System.out.printf("generated %,d rows (%,d bytes) in %.1f s: %s%n", rows, Files.size(file),
        (System.nanoTime() - t0) / 1e9, file);
    return 0;
  }

  /** Our path from the CSV file to the two tables, end to end, on two threads. */
  static ReachAggregator ourCsvPath(Path csv) {
    return ourCsvPath(csv, 2);
  }

  static ReachAggregator ourCsvPath(Path csv, int threads) {
    ImportResult<ReachAggregator> r = HxlReader.create().aggregateActivityReports(csv, threads);
    if (r.report().hasErrors()) {
      throw new IllegalStateException("the generated file has errors:\n" + r.report().toText());
    }
    return r.value();
  }

  private static int stream(Path csv, Path out, int threads) throws IOException {
    long t0 = System.nanoTime();
    List<String> lines = Coverage.ours(ourCsvPath(csv, threads));
    double s = (System.nanoTime() - t0) / 1e9;
    Files.write(out, lines, StandardCharsets.UTF_8);
    Runtime rt = Runtime.getRuntime();
    System.out.printf("ours-seconds %.3f (max heap %d MB)%n", s, rt.maxMemory() >> 20);
    return 0;
  }

  private static int check5w(Path csv, int rows, long seed, Path oursFile, Path pandasFile) throws Exception {
    List<String> streamed = Files.readAllLines(oursFile, StandardCharsets.UTF_8);
    List<String> failures = new ArrayList<>();
    List<ActivityReport> reports = new FiveW().reports(rows, seed);
    ActivityColumns columns = ActivityColumns.of(reports);
    agree(failures, "ours: CSV stream in 256 MB (HxlReader.aggregateActivityReports)", streamed, streamed);
    agree(failures, "ours: in-memory columns (ActivityColumns, 2 threads)", streamed,
        Coverage.ours(columns.aggregate(2)));
    ReachAggregator fromRecords = ReachAggregator.create();
    fromRecords.addAll(reports);
    agree(failures, "ours: in-memory records (ReachAggregator)", streamed, Coverage.ours(fromRecords));
    try (Connection c = Coverage.duckdb(2)) {
      agree(failures, "DuckDB read_csv + query", streamed, Coverage.duckdb(c, csv));
      Coverage.load(c, csv);
      agree(failures, "DuckDB query on loaded table", streamed, Coverage.duckdb(c, null));
    }
    agree(failures, "pandas", streamed, Files.readAllLines(pandasFile, StandardCharsets.UTF_8));
    Map<FiveWProblem, Long> problems = fromRecords.problems();
    System.out.printf("%,d rows, %,d cells, %d coverage and intersectoral lines, problems %s%n", fromRecords.rows(),
        fromRecords.groups(), streamed.size(), problems);
    if (streamed.isEmpty()) {
      failures.add("no tables");
    }
    failures.forEach(f -> System.out.println("FAILED: " + f));
    return failures.isEmpty() ? 0 : 1;
  }

  /** Rough timings of the in-memory paths, for profiling (JMH gives the figures). */
  private static int timeMemory(int rows) {
    List<ActivityReport> reports = new FiveW().reports(rows, 1);
    long t0 = System.nanoTime();
    ActivityColumns columns = ActivityColumns.of(reports);
    System.out.printf("load columns: %.3f s%n", (System.nanoTime() - t0) / 1e9);
    for (int i = 0; i < 5; i++) {
      t0 = System.nanoTime();
      ReachAggregator one = columns.aggregate(1);
      long t1 = System.nanoTime();
      List<String> a = Coverage.ours(one);
      long t2 = System.nanoTime();
      ReachAggregator two = columns.aggregate(2);
      long t3 = System.nanoTime();
      ReachAggregator rec = ReachAggregator.create();
      rec.addAll(reports);
      long t4 = System.nanoTime();
      System.out.printf("columns 1 thread %.3f s + tables %.3f s; 2 threads %.3f s; records %.3f s (%d lines, %d)%n",
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, a.size(), two.groups());
    }
    return 0;
  }

  /** Rough timings of DuckDB, for profiling (JMH gives the figures). */
  private static int timeDuckdb(Path csv) throws Exception {
    try (Connection c = Coverage.duckdb(2)) {
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        Coverage.duckdb(c, csv);
        System.out.printf("read_csv + query: %.3f s%n", (System.nanoTime() - t0) / 1e9);
      }
      long t0 = System.nanoTime();
      Coverage.load(c, csv);
      System.out.printf("load: %.3f s%n", (System.nanoTime() - t0) / 1e9);
      for (int i = 0; i < 5; i++) {
        t0 = System.nanoTime();
        Coverage.duckdb(c, null);
        System.out.printf("query on loaded table: %.3f s%n", (System.nanoTime() - t0) / 1e9);
      }
    }
    return 0;
  }

  private static void agree(List<String> failures, String what, List<String> expected, List<String> actual) {
    if (expected.equals(actual)) {
      System.out.println("agree: " + what + " (" + actual.size() + " lines)");
      return;
    }
    failures.add(what + " differs from ours");
    int shown = 0;
    for (int i = 0; i < Math.max(expected.size(), actual.size()) && shown < 5; i++) {
      String e = i < expected.size() ? expected.get(i) : "(none)";
      String a = i < actual.size() ? actual.get(i) : "(none)";
      if (!e.equals(a)) {
        System.out.println("  ours: " + e + "\n  " + what + ": " + a);
        shown++;
      }
    }
  }

  /** The corpus is valid under the reader, the validator and the schema, and Jackson reads it. */
  private static int checkPlans(long bytes, long seed) {
    List<byte[]> docs = PlanCorpus.generate(bytes, seed);
    Schema schema = PlanBenchmarks.schema();
    JsonMapper mapper = JsonMapper.builder().build();
    int bad = 0;
    for (int i = 0; i < docs.size(); i++) {
      PlanReadResult r = PlanJson.reader().read(docs.get(i));
      long errors = r.validate().findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
      int schemaErrors = schema.validate(new String(docs.get(i), StandardCharsets.UTF_8), InputFormat.JSON).size();
      if (r.plan().isEmpty() || errors > 0 || schemaErrors > 0 || mapper.readTree(docs.get(i)).isMissingNode()) {
        bad++;
        System.out.println("document " + i + ": " + errors + " validation errors, " + schemaErrors
            + " schema errors\n" + r.validate().findings());
      }
    }
    System.out.printf("%s: %d plan documents, %,d bytes: read, validated and schema-checked%n",
        bad == 0 ? "agree" : "FAILED", docs.size(), PlanCorpus.bytes(docs));
    return bad == 0 ? 0 : 1;
  }
}
