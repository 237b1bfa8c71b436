package org.responseplan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.responseplan.indicators.ActivityColumns;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.ReachAggregator;

/**
 * 5W: the coverage and intersectoral tables ({@link Coverage}) from 10 million activity reports, ours against DuckDB
 * (JDBC, in-memory database, 2 threads) on the same rows: in memory (our loaded columns against DuckDB's loaded
 * table) and end to end from the CSV file (ours in a 256 MB heap against DuckDB's read_csv). One operation computes
 * both tables. pandas runs as a separate process (run.sh).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FiveWBenchmarks {
  /** The generated CSV file of {@code rows} rows (run.sh writes it; made here if missing). */
  @State(Scope.Benchmark)
  public static class CsvFile {
    @Param({"10000000"})
    public int rows;
    Path csv;
    Connection duck;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
      csv = file(rows);
      duck = Coverage.duckdb(2);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      duck.close();
    }
  }

  static Path file(int rows) throws IOException {
    Path dir = Path.of(System.getProperty("benchmarks.data", "target/data"));
    Path csv = dir.resolve("5w-" + rows + ".csv");
    if (!Files.exists(csv)) {
      new FiveW().writeCsv(csv, rows, 1);
    }
    return csv;
  }

  /** The same rows in memory: as records, and loaded into our columns. */
  @State(Scope.Benchmark)
  public static class Records {
    @Param({"10000000"})
    public int rows;
    List<ActivityReport> reports;
    ActivityColumns columns;

    @Setup(Level.Trial)
    public void setUp() {
      reports = new FiveW().reports(rows, 1);
      columns = ActivityColumns.of(reports);
    }
  }

  /** DuckDB with the CSV loaded into table r. */
  @State(Scope.Benchmark)
  public static class DuckLoaded {
    @Param({"10000000"})
    public int rows;
    Connection duck;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
      duck = Coverage.duckdb(2);
      Coverage.load(duck, file(rows));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      duck.close();
    }
  }

  /** Ours, in memory: loaded columns (dictionary ids, primitive counts) to both tables, 2 threads. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
  public List<String> memoryOursColumns(Records s) {
    return Coverage.ours(s.columns.aggregate(2));
  }

  /** Ours, in memory: ActivityReport records through ReachAggregator (encoding included), 1 thread. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
  public List<String> memoryOursRecords(Records s) {
    ReachAggregator cells = ReachAggregator.create();
    cells.addAll(s.reports);
    return Coverage.ours(cells);
  }

  /** Baseline: DuckDB's query on its loaded table. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
  public List<String> memoryDuckdbLoadedTable(DuckLoaded s) throws SQLException {
    return Coverage.duckdb(s.duck, null);
  }

  /** Ours, end to end: the CSV file to both tables in a 256 MB heap, 2 threads. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
  public List<String> csvOurs(CsvFile s) {
    return Coverage.ours(Main.ourCsvPath(s.csv));
  }

  /** Baseline: DuckDB read_csv + the same query, end to end. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
  public List<String> csvDuckdbReadCsv(CsvFile s) throws SQLException {
    return Coverage.duckdb(s.duck, s.csv);
  }
}
