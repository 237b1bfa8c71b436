/**
 * Immutable value types of a humanitarian response plan: {@link org.responseplan.model.Plan}, its
 * {@link org.responseplan.model.Objective}s, {@link org.responseplan.model.Sector}s and
 * {@link org.responseplan.model.Activity}s, people figures, money, funding, locations, indicators and vocabularies.
 *
 * <p>Every type is built with {@code Type.builder()}; impossible states (negative counts, an end before its start, a
 * breakdown cell above its total) fail in {@code build()} with an {@link org.responseplan.model.InvalidPlanException}
 * that names the rule, the field and the value.
 */
@PlanStyle
@NullMarked
package org.responseplan.model;

import org.jspecify.annotations.NullMarked;
