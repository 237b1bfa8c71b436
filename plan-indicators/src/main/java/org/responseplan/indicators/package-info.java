/**
 * Indicators: {@link org.responseplan.indicators.Calculators} (one result per formula, with its inputs),
 * {@link org.responseplan.indicators.PlanRollup} and {@link org.responseplan.indicators.ReachAggregator} (people
 * never summed across sectors), {@link org.responseplan.indicators.PlanSummary}, and
 * {@link org.responseplan.indicators.IndicatorTable} (tidy output). The module README lists every indicator with its
 * formula and its treatment of missing data.
 *
 * <p>Nulls: the package is {@code @NullMarked}: no parameter or return value is null unless marked {@code @Nullable}.
 * A figure that is not reported is an empty {@code Optional}, an undefined {@link org.responseplan.indicators.Calculation}
 * with its reason, a null table cell or a null count of an {@link org.responseplan.indicators.ActivityReport}: never
 * zero.
 */
@NullMarked
package org.responseplan.indicators;

import org.jspecify.annotations.NullMarked;
