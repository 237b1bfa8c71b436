/** Plain CSV: {@link org.responseplan.io.csv.CsvReader}; tables are written by {@code IndicatorTable.toCsv()}. */
@NullMarked
package org.responseplan.io.csv;

import org.jspecify.annotations.NullMarked;
