/**
 * Renderings people read: the self-contained HTML report of a plan ({@link org.responseplan.report.HtmlReport}) and
 * indicator tables as JSON ({@link org.responseplan.report.IndicatorTableJson}).
 */
module org.responseplan.report {
  requires transitive org.responseplan.model;
  requires transitive org.responseplan.indicators;
  requires org.responseplan.io;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports org.responseplan.report;
}
