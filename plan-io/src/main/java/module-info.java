/**
 * Reading and writing response plans. {@code org.responseplan.io.json}: the plan JSON format.
 */
module org.responseplan.io {
  requires transitive org.responseplan.model;
  requires transitive tools.jackson.core;
  requires static org.jspecify;

  exports org.responseplan.io.json;
}
