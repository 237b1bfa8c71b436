/**
 * The plan JSON format in a Jackson 3 ({@code tools.jackson}) {@code ObjectMapper}:
 * {@link org.responseplan.jackson.ResponsePlanModule}. Jackson 2 users take plan-jackson2 instead.
 */
module org.responseplan.jackson {
  requires transitive org.responseplan.io;
  // Transitive, since the module's API extends the databind's types.
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.responseplan.jackson;
}
