/**
 * Real data in and out: OCHA FTS ({@code org.responseplan.imports.fts}), OCHA HPC ({@code org.responseplan.imports.hpc})
 * and HXL-tagged tables ({@code org.responseplan.imports.hxl}) read into the model, every import with its
 * {@link org.responseplan.imports.ImportReport}; HXL writing of indicator tables.
 */
module org.responseplan.imports {
  requires transitive org.responseplan.model;
  requires transitive org.responseplan.indicators;
  requires transitive org.responseplan.io;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports org.responseplan.imports;
  exports org.responseplan.imports.fts;
  exports org.responseplan.imports.hpc;
  exports org.responseplan.imports.hxl;
}
