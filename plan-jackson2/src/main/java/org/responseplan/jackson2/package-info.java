/**
 * The plan JSON format in a Jackson 2 ({@code com.fasterxml.jackson}) {@code ObjectMapper}: register
 * {@link org.responseplan.jackson2.ResponsePlanJackson2Module} and read or write any of
 * {@link org.responseplan.io.json.PlanJson#VALUE_TYPES}, on their own or inside the application's own types.
 */
@NullMarked
package org.responseplan.jackson2;

import org.jspecify.annotations.NullMarked;
