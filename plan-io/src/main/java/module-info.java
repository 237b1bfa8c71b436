/**
 * The plan JSON format ({@code org.responseplan.io.json}): reader, writer, read limits, the JSON Schema, and
 * validation reports as JSON. Depends on plan-model and Jackson's streaming core only.
 */
module org.responseplan.io {
  requires transitive org.responseplan.model;
  requires transitive tools.jackson.core;
  requires static org.jspecify;

  exports org.responseplan.io.json;
}
