/** Plain CSV: {@link org.responseplan.imports.csv.CsvReader}; tables are written by {@code IndicatorTable.toCsv()}. */
@NullMarked
package org.responseplan.imports.csv;

import org.jspecify.annotations.NullMarked;
