/**
 * What every import has in common: {@link org.responseplan.imports.ImportResult} and
 * {@link org.responseplan.imports.ImportReport}. The formats live in subpackages: {@code json} (the plan format),
 * {@code csv} (plain CSV), {@code fts}, {@code hpc}, {@code hxl}.
 */
@NullMarked
package org.responseplan.imports;

import org.jspecify.annotations.NullMarked;
