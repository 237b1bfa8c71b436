/**
 * Indicators: {@link org.responseplan.indicators.Calculators} (one result per formula, with its inputs),
 * {@link org.responseplan.indicators.PlanRollup} and {@link org.responseplan.indicators.ReachAggregator} (people
 * never summed across sectors), {@link org.responseplan.indicators.PlanSummary}, and
 * {@link org.responseplan.indicators.IndicatorTable} (tidy output). The module README lists every indicator with its
 * formula and its treatment of missing data.
 */
@NullMarked
package org.responseplan.indicators;

import org.jspecify.annotations.NullMarked;
