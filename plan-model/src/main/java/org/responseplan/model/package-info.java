/**
 * Immutable value types of a humanitarian response plan: {@link org.responseplan.model.Plan}, its
 * {@link org.responseplan.model.Objective}s, {@link org.responseplan.model.Sector}s and
 * {@link org.responseplan.model.Activity}s, people figures, money, funding, locations, indicators and vocabularies.
 *
 * <p>Every type is built with {@code Type.builder()}; impossible states (negative counts, an end before its start, a
 * breakdown cell above its total) fail in {@code build()} with an {@link org.responseplan.model.InvalidPlanException}
 * that names the rule, the field and the value.
 *
 * <p>Nulls: the package is {@code @NullMarked}. No parameter or return value is null unless it is marked
 * {@code @Nullable} (a few record components, such as {@link org.responseplan.model.AgeBand#toYears()}). A figure,
 * an amount or a date the source does not give is an empty {@code Optional} or {@code OptionalLong}, which means
 * <em>not reported</em>: never zero, never a default. A list that is not given is empty.
 */
@PlanStyle
@NullMarked
package org.responseplan.model;

import org.jspecify.annotations.NullMarked;
