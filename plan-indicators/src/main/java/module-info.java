/**
 * Indicators over response plans: coverage and funding calculators, rollups that never double count people,
 * 5W activity-report aggregation, plan summaries and tidy tables. Pure functions, no I/O.
 *
 * <p>The 5W engine ({@code org.responseplan.indicators.reach}) is exported to plan-import's streaming HXL reader
 * only; plan-import is not a dependency of this module, hence the warning suppressed.
 */
@SuppressWarnings("module")
module org.responseplan.indicators {
  requires transitive org.responseplan.model;
  requires static org.jspecify;

  exports org.responseplan.indicators;
  // The 5W engine, for the streaming HXL reader only.
  exports org.responseplan.indicators.reach to org.responseplan.imports;
}
