/**
 * Indicators over response plans: coverage and funding calculators, rollups that never double count people,
 * 5W activity-report aggregation, plan summaries and tidy tables. Pure functions, no I/O.
 */
module org.responseplan.indicators {
  requires transitive org.responseplan.model;
  requires static org.jspecify;

  exports org.responseplan.indicators;
}
