/**
 * Jackson databind modules for the plan JSON format: {@code org.responseplan.jackson} for Jackson 3
 * ({@code tools.jackson}), {@code org.responseplan.jackson2} for Jackson 2 ({@code com.fasterxml.jackson}).
 *
 * <p>Both databinds are optional: an application brings the one it uses, and only that package is loaded.
 */
module org.responseplan.jackson {
  requires transitive org.responseplan.io;
  // Optional: an application brings the databind it uses. Transitive, since the modules' API extends their types.
  requires static transitive tools.jackson.databind;
  requires static transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports org.responseplan.jackson;
  exports org.responseplan.jackson2;
}
