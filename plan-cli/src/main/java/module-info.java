/** The responseplan command line: wiring, argument parsing and formatting only; the work is the library's. */
module org.responseplan.cli {
  requires org.responseplan.io;
  requires org.responseplan.imports;
  requires org.responseplan.report;
  requires info.picocli;
  requires static org.jspecify;

  opens org.responseplan.cli to info.picocli;
}
