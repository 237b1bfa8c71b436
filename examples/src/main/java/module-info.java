/** Programs that use the public API exactly as a user would. */
module org.responseplan.examples {
  requires transitive org.responseplan.io;

  exports org.responseplan.examples;
}
