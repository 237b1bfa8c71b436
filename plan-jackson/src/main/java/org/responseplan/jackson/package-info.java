/**
 * The plan JSON format in a Jackson 3 ({@code tools.jackson}) {@code ObjectMapper}: register
 * {@link org.responseplan.jackson.ResponsePlanModule} and read or write any of
 * {@link org.responseplan.io.json.PlanJson#VALUE_TYPES}, on their own or inside the application's own types.
 */
@NullMarked
package org.responseplan.jackson;

import org.jspecify.annotations.NullMarked;
