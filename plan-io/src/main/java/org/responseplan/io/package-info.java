/**
 * What every import has in common: {@link org.responseplan.io.ImportResult} and
 * {@link org.responseplan.io.ImportReport}. The formats live in subpackages: {@code json} (the plan format),
 * {@code csv} (plain CSV), {@code fts}, {@code hpc}, {@code hxl}.
 */
@NullMarked
package org.responseplan.io;

import org.jspecify.annotations.NullMarked;
