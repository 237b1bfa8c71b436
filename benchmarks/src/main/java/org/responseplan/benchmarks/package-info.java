/**
 * JMH benchmarks of the plan reader, the validator and the 5W aggregation, and the generators of their corpora.
 */
@NullMarked
package org.responseplan.benchmarks;

import org.jspecify.annotations.NullMarked;
