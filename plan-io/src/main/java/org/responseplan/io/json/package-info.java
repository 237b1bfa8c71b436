/**
 * The plan JSON format ({@code docs/json-format.md}): {@link org.responseplan.io.json.PlanJson} is the entry point,
 * {@link org.responseplan.io.json.PlanReader} reads (never throws on bad input; returns findings with JSON Pointer,
 * line and column), {@link org.responseplan.io.json.PlanWriter} writes deterministically.
 */
@NullMarked
package org.responseplan.io.json;

import org.jspecify.annotations.NullMarked;
