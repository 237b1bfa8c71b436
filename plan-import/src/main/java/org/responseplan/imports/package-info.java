/**
 * What every import has in common: {@link org.responseplan.imports.ImportResult},
 * {@link org.responseplan.imports.ImportReport}, and {@link org.responseplan.imports.SourceValues}, the one set of
 * rules by which every importer reads counts, decimals, dates, months, codes and names
 * ({@code docs/formats/values.md}). The formats live in subpackages: {@code json} (the plan format),
 * {@code csv} (plain CSV), {@code fts}, {@code hpc}, {@code hxl}.
 */
@NullMarked
package org.responseplan.imports;

import org.jspecify.annotations.NullMarked;
