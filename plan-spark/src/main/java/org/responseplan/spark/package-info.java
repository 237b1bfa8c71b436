/**
 * Spark SQL functions and 5W DataFrames on the library's aggregators: reach and coverage as user-defined aggregate
 * functions, and activity reports read into DataFrames.
 */
@NullMarked
package org.responseplan.spark;

import org.jspecify.annotations.NullMarked;
