/**
 * Runnable examples of the library's API: building, validating and writing a plan, and the coverage indicators of
 * the seed plans.
 */
@NullMarked
package org.responseplan.examples;

import org.jspecify.annotations.NullMarked;
