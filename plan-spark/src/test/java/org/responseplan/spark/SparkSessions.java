package org.responseplan.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The local Spark session of the tests, shared by every test class of the run (it starts once, in about four
 * seconds): two threads, the UI off, few shuffle partitions, and small file splits so that a test file of a few
 * megabytes is read in several partitions. Spark stops it when the JVM exits.
 */
final class SparkSessions {
  private SparkSessions() {}

  private static SparkSession spark;
  private static Dataset<Row> million;
  private static GeneratedFiveW.SingleMachine single;

  static synchronized SparkSession local() {
    if (spark == null) {
      spark = SparkSession.builder()
          .appName("plan-spark tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "8")
          .config("spark.sql.files.maxPartitionBytes", "1m")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }

  /** The million generated rows on Spark, in 8 partitions, cached. */
  static synchronized Dataset<Row> million() {
    if (million == null) {
      million = GeneratedFiveW.dataFrame(local(), GeneratedFiveW.MILLION, 8).cache();
      million.count();
    }
    return million;
  }

  /** The same rows aggregated by the library on one machine. */
  static synchronized GeneratedFiveW.SingleMachine singleMachine() {
    if (single == null) {
      single = new GeneratedFiveW.SingleMachine(GeneratedFiveW.MILLION);
    }
    return single;
  }
}
