/**
 * The plan validator and its rule catalogue: {@link org.responseplan.model.validation.PlanValidator} checks a
 * plan against every {@link org.responseplan.model.validation.Rule} and reports every
 * {@link org.responseplan.model.validation.Finding} at once, naming the rule, the place (a JSON Pointer) and the
 * value. Nothing here throws on bad data.
 */
@NullMarked
package org.responseplan.model.validation;

import org.jspecify.annotations.NullMarked;
