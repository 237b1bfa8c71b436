/**
 * The plan JSON format in a Jackson 2 ({@code com.fasterxml.jackson}) {@code ObjectMapper}:
 * {@link org.responseplan.jackson2.ResponsePlanJackson2Module}. Jackson 3 users take plan-jackson instead.
 */
@SuppressWarnings("module") // the name follows the package, org.responseplan.jackson2
module org.responseplan.jackson2 {
  requires transitive org.responseplan.io;
  // Transitive, since the module's API extends the databind's types.
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports org.responseplan.jackson2;
}
