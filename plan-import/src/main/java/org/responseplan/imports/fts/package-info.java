/**
 * OCHA Financial Tracking Service (FTS) data: the API's plan overview and flow search answers, and the HDX
 * requirements-and-funding CSV tables, read into plans with requirements and funding per plan and per cluster.
 * {@link org.responseplan.imports.fts.FtsReader} is the entry point; {@code docs/formats/fts.md} has the table of mapped
 * fields.
 */
@NullMarked
package org.responseplan.imports.fts;

import org.jspecify.annotations.NullMarked;
