/**
 * The plan validator and its rule catalogue: {@link org.responseplan.model.validation.PlanValidator} checks a
 * plan against every {@link org.responseplan.model.validation.Rule} and reports every
 * {@link org.responseplan.model.validation.Finding} at once, naming the rule, the place (a JSON Pointer) and the
 * value. Nothing here throws on bad data.
 *
 * <p>Nulls: the package is {@code @NullMarked}: no parameter or return value is null unless marked {@code @Nullable}
 * (a finding's {@link org.responseplan.model.validation.Finding#value()} is null when there is no offending value,
 * such as a missing field).
 */
@NullMarked
package org.responseplan.model.validation;

import org.jspecify.annotations.NullMarked;
