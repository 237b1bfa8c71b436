/**
 * The plan JSON format ({@code docs/json-format.md}): {@link org.responseplan.io.json.PlanJson} is the entry point,
 * {@link org.responseplan.io.json.PlanReader} reads (never throws on bad input; returns findings with JSON Pointer,
 * line and column), {@link org.responseplan.io.json.PlanWriter} writes deterministically.
 *
 * <p>Bad input is never an exception: {@code PlanReader.read} gives findings for anything a document or file holds.
 * Exceptions are kept for mistakes of the calling code, such as asking {@code readValue} for a type that is not one
 * of {@link org.responseplan.io.json.PlanJson#VALUE_TYPES} ({@code IllegalArgumentException}).
 *
 * <p>Nulls: the package is {@code @NullMarked}: no parameter or return value is null unless marked {@code @Nullable}.
 * A value that could not be read is an empty {@code Optional} (a result's plan or value), never null.
 */
@NullMarked
package org.responseplan.io.json;

import org.jspecify.annotations.NullMarked;
