/**
 * Reading and writing response plans. {@code org.responseplan.io.json}: the plan JSON format, validation reports
 * and indicator tables as JSON.
 */
module org.responseplan.io {
  requires transitive org.responseplan.model;
  requires transitive org.responseplan.indicators;
  requires transitive tools.jackson.core;
  requires static org.jspecify;

  exports org.responseplan.io;
  exports org.responseplan.io.csv;
  exports org.responseplan.io.hxl;
  exports org.responseplan.io.hpc;
  exports org.responseplan.io.fts;
  exports org.responseplan.io.html;
  exports org.responseplan.io.json;
}
