/** Programs that use the public API exactly as a user would. */
module org.responseplan.examples {
  requires transitive org.responseplan.io;
  requires transitive org.responseplan.indicators;
  requires static org.jspecify;

  exports org.responseplan.examples;
}
