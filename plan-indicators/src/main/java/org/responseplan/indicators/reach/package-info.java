/**
 * The 5W aggregation engine behind {@link org.responseplan.indicators.ReachAggregator}: the rules of a row
 * ({@link org.responseplan.indicators.reach.FiveWRules}), dictionary-encoded cells in primitive arrays
 * ({@link org.responseplan.indicators.reach.ReachCells}) and the grouping of cells into a result table. Not part of
 * the public API: exported only to {@code org.responseplan.imports}, whose streaming HXL reader gives rows already
 * encoded.
 */
@NullMarked
package org.responseplan.indicators.reach;

import org.jspecify.annotations.NullMarked;
